using System.Text.Json;
using Offers.Api.Tests.Support;
using TestInfrastructure.Fuzzing;
using Xunit.Abstractions;
using static Offers.Api.Tests.Support.OfferClient;

namespace Offers.Api.Tests;

/// <summary>
/// Malformed requests to every Offers endpoint (TestInfrastructure/Fuzzing, seeded): no 5xx, every
/// malformed change refused with a problem, the database unchanged, the service healthy afterwards.
/// </summary>
public sealed class OfferFuzzTests(OffersFixture fixture, ITestOutputHelper output) : IClassFixture<OffersFixture>
{
    [Fact]
    public async Task MalformedRequests_ToEveryEndpoint_Are4xxAndChangeNothing()
    {
        var admin = fixture.Factory.CreateClientFor("admin", "admin-fuzz");
        var anonymous = fixture.Factory.CreateAnonymousClient();
        var draft = await CreateAsync(admin, ValidRequest());
        var published = await CreatePublishedAsync(admin, ValidRequest("ahlen"));
        string[] existing = [draft.Id.ToString(), published.Id.ToString()];
        var body = JsonSerializer.SerializeToNode(ValidRequest(), Json)!.AsObject();
        FuzzTarget[] targets =
        [
            new(HttpMethod.Get, "/api/offers", () => anonymous,
                Query: ["q", "municipality", "region", "category", "language", "targetGroup", "dayOfWeek", "online", "near", "radiusKm", "lang", "page", "pageSize"]),
            new(HttpMethod.Get, "/api/offers/{id}", () => admin, Query: ["lang"], Ids: existing),
            new(HttpMethod.Post, "/api/offers", () => admin, ValidBody: body),
            new(HttpMethod.Put, "/api/offers/{id}", () => admin, ValidBody: body, Ids: existing),
            new(HttpMethod.Post, "/api/offers/{id}/publish", () => admin),
            new(HttpMethod.Post, "/api/offers/{id}/archive", () => admin),
            new(HttpMethod.Get, "/api/offers/overlaps", () => admin, Query: ["municipality", "page", "pageSize"]),
            new(HttpMethod.Get, "/api/municipalities", () => anonymous, Query: ["page"]),
            new(HttpMethod.Get, "/api/categories", () => anonymous, Query: ["lang"]),
            new(HttpMethod.Get, "/api/target-groups", () => anonymous, Query: ["lang"]),
        ];
        await FuzzCheck.MalformedRequestsChangeNothingAsync(targets, count: 800, fixture.ConnectionString, anonymous, output);
    }
}
