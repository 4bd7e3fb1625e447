using static EndToEnd.Callers;

namespace EndToEnd;

/// <summary>One endpoint of api.md (on one seeded object) and the statuses each caller must get; null = not asked.</summary>
internal sealed record MatrixRow(
    string Name,
    HttpMethod Method,
    Func<PlatformFixture, string> Path,
    IReadOnlyDictionary<string, int[]> Expected,
    Func<PlatformFixture, object>? Body = null,
    IReadOnlyDictionary<string, string>? Headers = null,
    Func<PlatformFixture, string, Task<string?>>? TokenOverride = null);

/// <summary>
/// The authorization matrix: EVERY endpoint of api.md × every caller. Writes by permitted callers
/// target objects where they change nothing (a wrong If-Match, publishing what is published,
/// archiving what is archived, cancelling what is cancelled), so the rows are independent.
/// </summary>
internal static class AuthorizationMatrix
{
    private static readonly int[] Ok = [200];

    public static readonly IReadOnlyList<MatrixRow> Rows =
    [
        // Reference data and public reads: everyone.
        Row("GET /api/municipalities", HttpMethod.Get, _ => "/api/municipalities", Everyone(Ok)),
        Row("GET /api/categories", HttpMethod.Get, _ => "/api/categories", Everyone(Ok)),
        Row("GET /api/target-groups", HttpMethod.Get, _ => "/api/target-groups", Everyone(Ok)),

        // Offers: editors are coordinators of the offer's municipality, the owning organisation, admins.
        Row("GET /api/offers", HttpMethod.Get, _ => "/api/offers?municipality=warendorf", Everyone(Ok)),
        Row("GET /api/offers?status=draft (warendorf)", HttpMethod.Get, _ => "/api/offers?status=draft&municipality=warendorf",
            Expect([401], [403], [403], [200], [200], [200], [403], [200])),
        Row("GET /api/offers/{published}", HttpMethod.Get, f => $"/api/offers/{f.PublishedOfferId}", Everyone(Ok)),
        Row("GET /api/offers/{draft}", HttpMethod.Get, f => $"/api/offers/{f.DraftOfferId}",
            Expect([404], [404], [404], [200], [404], [200], [404], [200])),
        Row("GET /api/offers/hsds/services", HttpMethod.Get, _ => "/api/offers/hsds/services", Everyone(Ok)),
        Row("GET /api/offers/overlaps?municipality=warendorf", HttpMethod.Get, _ => "/api/offers/overlaps?municipality=warendorf",
            Expect([401], [401], [403], [403], [403], [200], [403], [200])),
        Row("POST /api/offers (warendorf)", HttpMethod.Post, _ => "/api/offers",
            Expect([401], [401], [403], [201], [201], [201], [403], [201]), body: _ => Scenario.Offer("matrix")),
        Row("PUT /api/offers/{published} without If-Match", HttpMethod.Put, f => $"/api/offers/{f.PublishedOfferId}",
            Expect([401], [401], [403], [428], [403], [428], [403], [428]), body: _ => Scenario.Offer("matrix")),
        Row("PUT /api/offers/{draft} without If-Match", HttpMethod.Put, f => $"/api/offers/{f.DraftOfferId}",
            Expect([401], [401], [403], [428], [404], [428], [404], [428]), body: _ => Scenario.Offer("matrix")),
        Row("POST /api/offers/{published}/publish", HttpMethod.Post, f => $"/api/offers/{f.PublishedOfferId}/publish",
            Expect([401], [401], [403], [409], [403], [409], [403], [409])),
        Row("POST /api/offers/{draft}/publish (denied callers)", HttpMethod.Post, f => $"/api/offers/{f.DraftOfferId}/publish",
            Expect([401], [401], [403], null, [404], null, [404], null)),
        Row("POST /api/offers/{published}/archive (denied callers)", HttpMethod.Post, f => $"/api/offers/{f.PublishedOfferId}/archive",
            Expect([401], [401], [403], null, [403], null, [403], null)),
        Row("POST /api/offers/{archived}/archive", HttpMethod.Post, f => $"/api/offers/{f.ArchivedOfferId}/archive",
            Expect([401], [401], [403], [409], [404], [409], [404], [409])),

        Row("POST /api/offers/demo-data (not in api.md; denied callers)", HttpMethod.Post, _ => "/api/offers/demo-data",
            Expect([401], [401], [403], [403], [403], [403], [403], null)),

        // Volunteers: personal data only for the person (/me), coordinators of their municipality, admins.
        Row("POST /api/volunteers", HttpMethod.Post, _ => "/api/volunteers",
            Expect([401], [401], [409], [403], [403], [403], [403], [403]), body: _ => Scenario.Volunteer("Anna", "warendorf")),
        Row("GET /api/volunteers/me", HttpMethod.Get, _ => "/api/volunteers/me", OnlyVolunteer([200])),
        Row("PUT /api/volunteers/me without If-Match", HttpMethod.Put, _ => "/api/volunteers/me", OnlyVolunteer([428]),
            body: _ => Scenario.Volunteer("Anna", "warendorf")),
        Row("GET /api/volunteers/me/export", HttpMethod.Get, _ => "/api/volunteers/me/export", OnlyVolunteer([200])),
        Row("GET /api/volunteers/me/suggestions", HttpMethod.Get, _ => "/api/volunteers/me/suggestions", OnlyVolunteer([200])),
        Row("DELETE /api/volunteers/me (a volunteer registered for this)", HttpMethod.Delete, _ => "/api/volunteers/me", OnlyVolunteer([204]),
            tokenOverride: async (f, caller) => caller == Volunteer ? await RegisteredThrowawayVolunteerAsync(f) : null),
        Row("GET /api/volunteers", HttpMethod.Get, _ => "/api/volunteers",
            Expect([401], [401], [403], [403], [403], [200], [200], [200])),
        Row("GET /api/volunteers?municipality=warendorf", HttpMethod.Get, _ => "/api/volunteers?municipality=warendorf",
            Expect([401], [401], [403], [403], [403], [200], [403], [200])),
        Row("GET /api/volunteers/{A of warendorf}", HttpMethod.Get, f => $"/api/volunteers/{f.VolunteerAId}",
            Expect([401], [401], [403], [403], [403], [200], [404], [200])),
        Row("GET /api/volunteers/matches?offerId={published}", HttpMethod.Get, f => $"/api/volunteers/matches?offerId={f.PublishedOfferId}",
            Expect([401], [401], [403], [403], [403], [200], [200], [200])),
        Row("POST /api/volunteers/{A of warendorf}/assignments", HttpMethod.Post, f => $"/api/volunteers/{f.VolunteerAId}/assignments",
            Expect([401], [401], [403], [403], [403], [201, 409], [404], [201, 409]), body: f => new { offerId = f.PublishedOfferId }),

        // Events: coordinators manage their municipality's events, county-wide ones only admins.
        Row("GET /api/events", HttpMethod.Get, _ => "/api/events", Everyone(Ok)),
        Row("GET /api/events/{training for volunteers}", HttpMethod.Get, f => $"/api/events/{f.TrainingId}",
            Expect([404], [404], [200], [404], [404], [200], [200], [200])),
        Row("GET /api/events/{public, cancelled}", HttpMethod.Get, f => $"/api/events/{f.CancelledEventId}", Everyone(Ok)),
        Row("POST /api/events (warendorf)", HttpMethod.Post, _ => "/api/events",
            Expect([401], [401], [403], [403], [403], [201], [403], [201]), body: _ => Scenario.PublicEvent("Matrix", audience: "coordinators")),
        Row("POST /api/events (county-wide)", HttpMethod.Post, _ => "/api/events",
            Expect([401], [401], [403], [403], [403], [403], [403], [201]), body: _ => Scenario.PublicEvent("Kreisweit", municipality: null, audience: "coordinators")),
        Row("PUT /api/events/{training} with a stale If-Match", HttpMethod.Put, f => $"/api/events/{f.TrainingId}",
            Expect([401], [401], [403], [403], [403], [412], [403], [412]), body: _ => Scenario.Training(),
            headers: new Dictionary<string, string> { ["If-Match"] = "\"0\"" }),
        Row("POST /api/events/{cancelled}/cancel", HttpMethod.Post, f => $"/api/events/{f.CancelledEventId}/cancel",
            Expect([401], [401], [403], [403], [403], [200], [403], [200])),
        Row("POST /api/events/{training}/registrations", HttpMethod.Post, f => $"/api/events/{f.TrainingId}/registrations",
            OnlyVolunteer([200])),
        Row("DELETE /api/events/{cancelled}/registrations/me (not registered)", HttpMethod.Delete, f => $"/api/events/{f.CancelledEventId}/registrations/me",
            OnlyVolunteer([404])),
        Row("GET /api/events/{training}/registrations", HttpMethod.Get, f => $"/api/events/{f.TrainingId}/registrations",
            Expect([401], [401], [403], [403], [403], [200], [403], [200])),
        Row("POST /api/events/{training}/attendance", HttpMethod.Post, f => $"/api/events/{f.TrainingId}/attendance",
            Expect([401], [401], [403], [403], [403], [200], [403], [200]), body: f => new { volunteerIds = new[] { f.VolunteerAId } }),
        Row("GET /api/events/calendar.ics", HttpMethod.Get, _ => "/api/events/calendar.ics?municipality=warendorf", Everyone(Ok)),

        // Gateway.
        Row("POST /dev/tokens", HttpMethod.Post, _ => "/dev/tokens", Everyone(Ok), body: _ => new { role = "volunteer", sub = "matrix" }),
        Row("GET /health", HttpMethod.Get, _ => "/health", Everyone(Ok)),
        Row("GET /alive", HttpMethod.Get, _ => "/alive", Everyone(Ok)),
    ];

    private static MatrixRow Row(
        string name, HttpMethod method, Func<PlatformFixture, string> path, IReadOnlyDictionary<string, int[]> expected,
        Func<PlatformFixture, object>? body = null, IReadOnlyDictionary<string, string>? headers = null,
        Func<PlatformFixture, string, Task<string?>>? tokenOverride = null) =>
        new(name, method, path, expected, body, headers, tokenOverride);

    private static Dictionary<string, int[]> Everyone(int[] statuses) => All.ToDictionary(c => c, _ => statuses);

    /// <summary>Endpoints for the signed-in volunteer themself: everyone else signed in is 403, without credentials 401.</summary>
    private static Dictionary<string, int[]> OnlyVolunteer(int[] volunteer) =>
        Expect([401], [401], volunteer, [403], [403], [403], [403], [403]);

    private static Dictionary<string, int[]> Expect(
        int[]? anonymous, int[]? partner, int[]? volunteer, int[]? provider, int[]? otherProvider,
        int[]? coordinator, int[]? otherCoordinator, int[]? admin)
    {
        var expected = new Dictionary<string, int[]>(StringComparer.Ordinal);
        foreach (var (caller, statuses) in new[]
        {
            (Anonymous, anonymous), (Partner, partner), (Volunteer, volunteer), (Provider, provider),
            (OtherProvider, otherProvider), (Coordinator, coordinator), (OtherCoordinator, otherCoordinator), (Admin, admin),
        })
        {
            if (statuses is not null)
            {
                expected[caller] = statuses;
            }
        }

        return expected;
    }

    private static async Task<string?> RegisteredThrowawayVolunteerAsync(PlatformFixture fixture)
    {
        var token = await fixture.CreateTokenAsync("volunteer", "e2e-erase-" + Guid.NewGuid().ToString("N")[..8]);
        await fixture.RegisterVolunteerAsync(token, "Erika", "warendorf");
        return token;
    }
}
