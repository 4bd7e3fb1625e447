using System.Net;
using WebApp.Coordination;
using WebApp.Gateway;

namespace WebApp.Tests.Gateway;

public sealed class OffersClientTests
{
    private static readonly OfferDraft Draft = new OfferForm { Title = "Sprachcafé", Category = "language", Municipality = "beckum" }.ToDraft(null);

    [Fact]
    public async Task Update_SendsTheVersionItWasLoadedWithAsIfMatch()
    {
        var gateway = new StubGateway(_ => StubGateway.Json(HttpStatusCode.OK, OfferJson.Minimal, etag: "\"4\""));
        var offers = new OffersClient(gateway.Client());

        var result = await offers.UpdateAsync(Guid.NewGuid(), "\"3\"", Draft);

        Assert.True(result.Succeeded);
        Assert.Equal("\"3\"", Assert.Single(gateway.Requests).Headers.IfMatch.Single().ToString());
        Assert.Equal("\"4\"", result.ETag);
    }

    [Fact]
    public async Task Update_FormWithoutValidVersion_IsRefusedAsChangedMeanwhileWithoutCallingTheGateway()
    {
        var gateway = new StubGateway(_ => throw new InvalidOperationException("must not be called"));
        var offers = new OffersClient(gateway.Client());

        var result = await offers.UpdateAsync(Guid.NewGuid(), "not a version", Draft);

        Assert.True(result.Problem!.IsChangedMeanwhile);
        Assert.Empty(gateway.Requests);
    }

    [Fact]
    public async Task Search_ByDistance_SendsNearTheMunicipalityCentreInsteadOfTheMunicipality()
    {
        var gateway = new StubGateway(_ => StubGateway.Json(HttpStatusCode.OK, """{ "items": [], "page": 1, "pageSize": 20, "total": 0 }"""));
        var offers = new OffersClient(gateway.Client());

        await offers.SearchAsync(new OfferSearchFilter(Q: "Sprachcafe", Municipality: "beckum", Order: OfferSearchFilter.ByDistance), new GeoLocation(51.7558, 8.0409));

        var query = Assert.Single(gateway.Requests).RequestUri!.Query;
        Assert.Contains("near=51.7558%2C8.0409", query);
        Assert.DoesNotContain("municipality=", query);
        Assert.Contains("q=Sprachcafe", query);
    }
}

internal static class OfferJson
{
    public const string Minimal = """
        { "id": "6f1b2c3d-0000-4000-8000-000000000001", "title": "Sprachcafé Beckum", "summary": "Deutsch sprechen", "description": "",
          "category": "language", "tags": [], "provider": { "name": "Caritas", "type": "welfare" }, "municipality": "beckum",
          "online": false, "targetGroups": ["adults"], "languages": ["de", "ar"],
          "schedule": [{ "dayOfWeek": "tuesday", "start": "16:00", "end": "18:00" }], "cost": { "free": true },
          "helpersNeeded": 0, "status": "published", "translations": {}, "createdAt": "2026-12-01T10:00:00+01:00",
          "updatedAt": "2026-12-01T10:00:00+01:00", "language": "de" }
        """;
}
