using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Nodes;
using Offers.Api.Tests.Support;
using static Offers.Api.Tests.Support.OfferClient;

namespace Offers.Api.Tests;

/// <summary>U+0000, which PostgreSQL text cannot hold: refused as a 400 naming where it was, before the database sees it.</summary>
public sealed class NulCharacterTests(OffersFixture fixture) : IClassFixture<OffersFixture>
{
    [Fact]
    public async Task Search_WithNulInQuery_Returns400NamingTheParameter()
    {
        var response = await fixture.Factory.CreateAnonymousClient().GetAsync("/api/offers?q=Kurs%00");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.True((await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors").TryGetProperty("q", out _));
    }

    [Fact]
    public async Task Create_WithNulInTitle_Returns400NamingTheField()
    {
        var body = JsonSerializer.SerializeToNode(ValidRequest(), Json)!.AsObject();
        body["title"] = "Deutschkurs\u0000";

        var response = await fixture.Factory.CreateClientFor("admin", "a-nul").PostAsJsonAsync("/api/offers", body);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.True((await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors").TryGetProperty("title", out _));
    }
}
