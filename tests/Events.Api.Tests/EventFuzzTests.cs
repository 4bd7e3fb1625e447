using System.Text.Json;
using System.Text.Json.Nodes;
using Events.Api.Tests.Support;
using TestInfrastructure.Fuzzing;
using Xunit.Abstractions;
using static Events.Api.Tests.Support.EventsClient;

namespace Events.Api.Tests;

/// <summary>
/// Malformed requests to every Events endpoint (TestInfrastructure/Fuzzing, seeded): no 5xx, every
/// malformed change refused with a problem, the database unchanged, the service healthy.
/// </summary>
public sealed class EventFuzzTests(EventsServiceFixture fixture, ITestOutputHelper output) : IClassFixture<EventsServiceFixture>
{
    [Fact]
    public async Task MalformedRequests_ToEveryEndpoint_Are4xxAndChangeNothing()
    {
        var admin = fixture.Admin();
        var anonymous = fixture.Factory.CreateAnonymousClient();
        var volunteerId = await fixture.SeedVolunteerAsync("fuzz-volunteer");
        var volunteer = fixture.Volunteer("fuzz-volunteer");
        var created = await admin.CreateEventAsync(NewEvent());
        string[] existing = [created.Id.ToString()];
        var body = JsonSerializer.SerializeToNode(NewEvent() with { RegistrationDeadline = DateTimeOffset.UtcNow.AddDays(2) }, Json)!.AsObject();
        var attendance = new JsonObject { ["volunteerIds"] = new JsonArray(volunteerId.ToString()) };
        FuzzTarget[] targets =
        [
            new(HttpMethod.Get, "/api/events", () => anonymous, Query: ["from", "to", "municipality", "type", "page", "pageSize"]),
            new(HttpMethod.Get, "/api/events/{id}", () => anonymous, Ids: existing),
            new(HttpMethod.Post, "/api/events", () => admin, ValidBody: body),
            new(HttpMethod.Put, "/api/events/{id}", () => admin, ValidBody: body, Ids: existing),
            new(HttpMethod.Post, "/api/events/{id}/cancel", () => admin),
            new(HttpMethod.Post, "/api/events/{id}/registrations", () => volunteer),
            new(HttpMethod.Delete, "/api/events/{id}/registrations/me", () => volunteer),
            new(HttpMethod.Get, "/api/events/{id}/registrations", () => admin, Ids: existing),
            new(HttpMethod.Post, "/api/events/{id}/attendance", () => admin, ValidBody: attendance, Ids: existing),
            new(HttpMethod.Get, "/api/events/calendar.ics", () => anonymous, Query: ["municipality", "type"]),
        ];
        await FuzzCheck.MalformedRequestsChangeNothingAsync(targets, count: 700, fixture.ConnectionString, anonymous, output);
    }
}
