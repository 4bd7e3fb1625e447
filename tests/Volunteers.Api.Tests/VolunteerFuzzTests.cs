using System.Text.Json;
using ServiceDefaults.Authentication;
using TestInfrastructure.Fuzzing;
using Xunit.Abstractions;

namespace Volunteers.Api.Tests;

/// <summary>
/// Malformed requests to every Volunteers endpoint (TestInfrastructure/Fuzzing, seeded): no 5xx,
/// every malformed change refused with a problem, the database unchanged, the service healthy.
/// </summary>
[Collection(VolunteersCollection.Name)]
public sealed class VolunteerFuzzTests(VolunteersFixture fixture, ITestOutputHelper output)
{
    [Fact]
    public async Task MalformedRequests_ToEveryEndpoint_Are4xxAndChangeNothing()
    {
        var admin = fixture.Factory.CreateClientFor(PlatformRoles.Admin, "admin-fuzz");
        var (registered, id) = await TestData.RegisterAsync(fixture);
        var newcomer = fixture.Factory.CreateClientFor(PlatformRoles.Volunteer, TestData.NewSubject()); // no profile yet
        var profile = JsonSerializer.SerializeToNode(TestData.Registration())!.AsObject();
        var assignment = new System.Text.Json.Nodes.JsonObject { ["offerId"] = Guid.NewGuid().ToString() };
        string[] existing = [id.ToString()];
        FuzzTarget[] targets =
        [
            new(HttpMethod.Post, "/api/volunteers", () => newcomer, ValidBody: profile),
            new(HttpMethod.Get, "/api/volunteers/me", () => registered),
            new(HttpMethod.Put, "/api/volunteers/me", () => registered, ValidBody: profile),
            new(HttpMethod.Delete, "/api/volunteers/me", () => newcomer),
            new(HttpMethod.Get, "/api/volunteers/me/suggestions", () => registered, Query: ["page", "pageSize"]),
            new(HttpMethod.Get, "/api/volunteers", () => admin, Query: ["municipality", "language", "skill", "dayOfWeek", "page", "pageSize"]),
            new(HttpMethod.Get, "/api/volunteers/matches", () => admin, Query: ["offerId", "page", "pageSize"]),
            new(HttpMethod.Get, "/api/volunteers/{id}", () => admin, Ids: existing),
            new(HttpMethod.Post, "/api/volunteers/{id}/assignments", () => admin, ValidBody: assignment, Ids: existing),
        ];
        await FuzzCheck.MalformedRequestsChangeNothingAsync(targets, count: 700, fixture.ConnectionString, admin, output);
    }
}
