using System.Net.Http.Json;
using System.Text.Json;
using Offers.Api.Tests.Support;

namespace Offers.Api.Tests;

public sealed class ReferenceDataTests(OffersFixture fixture) : IClassFixture<OffersFixture>
{
    [Fact]
    public async Task GetMunicipalities_Anonymous_ReturnsThe13OfKreisWarendorfWithRegionAndCentre()
    {
        var json = await fixture.Factory.CreateAnonymousClient().GetFromJsonAsync<JsonElement>("/api/municipalities");

        Assert.Equal(13, json.GetArrayLength());
        var warendorf = json.EnumerateArray().Single(m => m.GetProperty("id").GetString() == "warendorf");
        Assert.Equal("Warendorf", warendorf.GetProperty("name").GetString());
        Assert.Equal("nordkreis", warendorf.GetProperty("region").GetString());
        Assert.Equal(51.954, warendorf.GetProperty("location").GetProperty("lat").GetDouble());
    }

    [Theory]
    [InlineData("/api/categories", new[] { "language", "counselling", "work", "housing", "health", "family", "encounter", "accompaniment", "legal", "youth", "women" })]
    [InlineData("/api/target-groups", new[] { "all", "adults", "women", "men", "families", "children", "youth", "seniors", "newcomers", "volunteers" })]
    public async Task GetReferenceList_Anonymous_ContainsTheIdsOfTheContract(string path, string[] ids)
    {
        var json = await fixture.Factory.CreateAnonymousClient().GetFromJsonAsync<JsonElement>(path);

        var returned = json.EnumerateArray().Select(i => i.GetProperty("id").GetString()).ToList();
        Assert.All(ids, id => Assert.Contains(id, returned));
        Assert.All(json.EnumerateArray(), i => Assert.False(string.IsNullOrEmpty(i.GetProperty("name").GetString())));
    }
}
