namespace Events.Api.Infrastructure;

/// <summary>
/// The registration as one database function (migration RegistrationFunctionV2). WHY in SQL: the
/// event row is a hot spot when hundreds register at once; the lock must be held for as short a
/// time as possible. Here the row lock (SELECT ... FOR UPDATE), the checks and the seat or
/// waiting-list place happen in one statement and one round trip, with no application time
/// inside the lock. (Statements in a volatile PL/pgSQL function each take a fresh snapshot, so
/// after the lock every read sees the latest committed registrations.) It enqueues no event:
/// nothing consumes one for a registration.
/// </summary>
internal static class RegistrationFunction
{
    public const string Create = """
        CREATE OR REPLACE FUNCTION events_register(p_event_id uuid, p_volunteer_id uuid, p_registration_id uuid, p_now timestamptz)
        RETURNS TABLE(status text, "position" integer, created boolean, reason text)
        LANGUAGE plpgsql VOLATILE AS $$
        DECLARE
            e events%ROWTYPE;
            existing registrations%ROWTYPE;
        BEGIN
            SELECT * INTO e FROM events WHERE id = p_event_id FOR UPDATE;
            IF NOT FOUND THEN
                RETURN QUERY SELECT NULL::text, NULL::integer, false, 'not-found'::text; RETURN;
            END IF;

            SELECT * INTO existing FROM registrations WHERE event_id = p_event_id AND volunteer_id = p_volunteer_id;
            IF FOUND THEN
                RETURN QUERY SELECT existing.status::text,
                    CASE WHEN existing.status = 'Waitlisted' THEN (SELECT count(*)::integer + 1 FROM registrations
                        WHERE event_id = p_event_id AND registrations.status = 'Waitlisted' AND number < existing.number) END,
                    false, NULL::text;
                RETURN;
            END IF;

            IF e.status <> 'Scheduled' THEN
                RETURN QUERY SELECT NULL::text, NULL::integer, false, 'cancelled'::text; RETURN;
            ELSIF e.start_at <= p_now THEN
                RETURN QUERY SELECT NULL::text, NULL::integer, false, 'begun'::text; RETURN;
            ELSIF e.registration_deadline IS NOT NULL AND e.registration_deadline < p_now THEN
                RETURN QUERY SELECT NULL::text, NULL::integer, false, 'deadline'::text; RETURN;
            END IF;

            IF e.confirmed_count < e.capacity THEN
                UPDATE events SET registration_counter = registration_counter + 1, confirmed_count = confirmed_count + 1
                    WHERE id = p_event_id;
                INSERT INTO registrations (id, event_id, volunteer_id, status, number, registered_at, confirmed_at)
                    VALUES (p_registration_id, p_event_id, p_volunteer_id, 'Confirmed', e.registration_counter + 1, p_now, p_now);
                RETURN QUERY SELECT 'Confirmed'::text, NULL::integer, true, NULL::text;
            ELSE
                UPDATE events SET registration_counter = registration_counter + 1, waitlist_count = waitlist_count + 1
                    WHERE id = p_event_id;
                INSERT INTO registrations (id, event_id, volunteer_id, status, number, registered_at, confirmed_at)
                    VALUES (p_registration_id, p_event_id, p_volunteer_id, 'Waitlisted', e.registration_counter + 1, p_now, NULL);
                RETURN QUERY SELECT 'Waitlisted'::text, e.waitlist_count + 1, true, NULL::text;
            END IF;
        END;
        $$;
        """;

    public const string Drop = "DROP FUNCTION IF EXISTS events_register(uuid, uuid, uuid, timestamptz);";
}

/// <summary>A row of <c>events_register</c>.</summary>
internal sealed class RegistrationOutcome
{
    public string? Status { get; set; }
    public int? Position { get; set; }
    public bool Created { get; set; }
    public string? Reason { get; set; }
}
