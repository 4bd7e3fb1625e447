using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace Events.Api.Infrastructure.Migrations
{
    /// <inheritdoc />
    public partial class InitialCreate : Migration
    {
        // The registration function as this migration created it (it enqueued RegistrationConfirmed
        // itself); later migrations replace it. Kept here verbatim: a migration must not change meaning.
        internal const string RegistrationFunctionV1 = """
        CREATE OR REPLACE FUNCTION events_register(
            p_event_id uuid, p_volunteer_id uuid, p_registration_id uuid, p_now timestamptz,
            p_outbox_id uuid, p_message_type text, p_payload jsonb)
        RETURNS TABLE("Status" text, "Position" integer, "Created" boolean, "Reason" text)
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
                        WHERE event_id = p_event_id AND status = 'Waitlisted' AND number < existing.number) END,
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
                INSERT INTO outbox_messages (id, message_type, payload, occurred_at, attempts)
                    VALUES (p_outbox_id, p_message_type, p_payload, p_now, 0);
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


        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "events",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    title = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    description = table.Column<string>(type: "character varying(10000)", maxLength: 10000, nullable: false),
                    type = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    organizer = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    municipality = table.Column<string>(type: "character varying(60)", maxLength: 60, nullable: true),
                    address_street = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    address_postal_code = table.Column<string>(type: "character varying(10)", maxLength: 10, nullable: true),
                    address_city = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    online = table.Column<bool>(type: "boolean", nullable: false),
                    online_url = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    start_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    end_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    capacity = table.Column<int>(type: "integer", nullable: false),
                    registration_deadline = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    audience = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    related_offer_id = table.Column<Guid>(type: "uuid", nullable: true),
                    qualification = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    status = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    confirmed_count = table.Column<int>(type: "integer", nullable: false),
                    waitlist_count = table.Column<int>(type: "integer", nullable: false),
                    registration_counter = table.Column<long>(type: "bigint", nullable: false),
                    version = table.Column<long>(type: "bigint", nullable: false),
                    calendar_sequence = table.Column<int>(type: "integer", nullable: false),
                    created_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    updated_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_events", x => x.id);
                    table.CheckConstraint("ck_events_confirmed_within_capacity", "confirmed_count <= capacity");
                });

            migrationBuilder.CreateTable(
                name: "inbox_messages",
                columns: table => new
                {
                    message_id = table.Column<Guid>(type: "uuid", nullable: false),
                    consumer = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    processed_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_inbox_messages", x => new { x.message_id, x.consumer });
                });

            migrationBuilder.CreateTable(
                name: "known_offers",
                columns: table => new
                {
                    offer_id = table.Column<Guid>(type: "uuid", nullable: false),
                    version = table.Column<long>(type: "bigint", nullable: false),
                    title = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    municipality = table.Column<string>(type: "character varying(60)", maxLength: 60, nullable: false),
                    archived = table.Column<bool>(type: "boolean", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_known_offers", x => x.offer_id);
                });

            migrationBuilder.CreateTable(
                name: "known_volunteers",
                columns: table => new
                {
                    volunteer_id = table.Column<Guid>(type: "uuid", nullable: false),
                    subject = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    municipality = table.Column<string>(type: "character varying(60)", maxLength: 60, nullable: false),
                    display_name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    version = table.Column<long>(type: "bigint", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_known_volunteers", x => x.volunteer_id);
                });

            migrationBuilder.CreateTable(
                name: "outbox_messages",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    sequence = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityAlwaysColumn),
                    message_type = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    payload = table.Column<string>(type: "jsonb", nullable: false),
                    occurred_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    sent_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    attempts = table.Column<int>(type: "integer", nullable: false),
                    last_error = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_outbox_messages", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "attendance",
                columns: table => new
                {
                    event_id = table.Column<Guid>(type: "uuid", nullable: false),
                    volunteer_id = table.Column<Guid>(type: "uuid", nullable: false),
                    recorded_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_attendance", x => new { x.event_id, x.volunteer_id });
                    table.ForeignKey(
                        name: "FK_attendance_events_event_id",
                        column: x => x.event_id,
                        principalTable: "events",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "registrations",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    event_id = table.Column<Guid>(type: "uuid", nullable: false),
                    volunteer_id = table.Column<Guid>(type: "uuid", nullable: false),
                    status = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    number = table.Column<long>(type: "bigint", nullable: false),
                    registered_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    confirmed_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_registrations", x => x.id);
                    table.ForeignKey(
                        name: "FK_registrations_events_event_id",
                        column: x => x.event_id,
                        principalTable: "events",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_attendance_volunteer_id",
                table: "attendance",
                column: "volunteer_id");

            migrationBuilder.CreateIndex(
                name: "IX_events_municipality_start_at",
                table: "events",
                columns: new[] { "municipality", "start_at" });

            migrationBuilder.CreateIndex(
                name: "IX_events_start_at",
                table: "events",
                column: "start_at");

            migrationBuilder.CreateIndex(
                name: "IX_known_volunteers_subject",
                table: "known_volunteers",
                column: "subject",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_outbox_messages_pending",
                table: "outbox_messages",
                column: "sequence",
                filter: "sent_at IS NULL");

            migrationBuilder.CreateIndex(
                name: "IX_registrations_event_id_status_number",
                table: "registrations",
                columns: new[] { "event_id", "status", "number" });

            migrationBuilder.CreateIndex(
                name: "IX_registrations_event_id_volunteer_id",
                table: "registrations",
                columns: new[] { "event_id", "volunteer_id" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_registrations_volunteer_id",
                table: "registrations",
                column: "volunteer_id");

            migrationBuilder.Sql(RegistrationFunctionV1);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("DROP FUNCTION IF EXISTS events_register(uuid, uuid, uuid, timestamptz, uuid, text, jsonb);");

            migrationBuilder.DropTable(
                name: "attendance");

            migrationBuilder.DropTable(
                name: "inbox_messages");

            migrationBuilder.DropTable(
                name: "known_offers");

            migrationBuilder.DropTable(
                name: "known_volunteers");

            migrationBuilder.DropTable(
                name: "outbox_messages");

            migrationBuilder.DropTable(
                name: "registrations");

            migrationBuilder.DropTable(
                name: "events");
        }
    }
}
