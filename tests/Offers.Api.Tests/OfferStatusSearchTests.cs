using System.Diagnostics.Metrics;
using System.Net;
using System.Text.Json;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.DependencyInjection;
using Offers.Api.Search;
using Offers.Api.Tests.Support;
using TestInfrastructure;
using static Offers.Api.Tests.Support.OfferClient;

namespace Offers.Api.Tests;

/// <summary>
/// <c>status=</c> with the rest of the search (filters, text, paging), its validation, its
/// OpenAPI description, and the search cache, which must never hold or serve a per-caller list.
/// Each test keeps to a municipality of its own.
/// </summary>
public sealed class OfferStatusSearchTests(OffersFixture fixture) : IClassFixture<OffersFixture>, IDisposable
{
    private readonly MeterRecorder _cacheLookups = new(OfferSearchCache.MeterName, OfferSearchCache.LookupsInstrument, "outcome",
        fixture.Factory.Services.GetRequiredService<IMeterFactory>());

    private HttpClient Coordinator(string municipality, string? subject = null) =>
        fixture.Factory.CreateClientFor("coordinator", subject ?? "coord-" + municipality, municipality);

    [Fact]
    public async Task List_DraftsPageByPage_PagesThroughTheDraftsInTitleOrderWithTheirTotal()
    {
        var coordinator = Coordinator("sendenhorst");
        foreach (var title in new[] { "Sendenhorst C Nähtreff", "Sendenhorst A Sprachcafé", "Sendenhorst B Lernpaten" })
        {
            await CreateAsync(coordinator, ValidRequest("sendenhorst", title));
        }

        await CreatePublishedAsync(coordinator, ValidRequest("sendenhorst", "Sendenhorst D veröffentlicht"));

        var first = await SearchAsync(coordinator, "status=draft&pageSize=2");
        var second = await SearchAsync(coordinator, "status=draft&pageSize=2&page=2");

        Assert.Equal(["Sendenhorst A Sprachcafé", "Sendenhorst B Lernpaten"], first.Items.Select(o => o.Title));
        Assert.Equal(["Sendenhorst C Nähtreff"], second.Items.Select(o => o.Title));
        Assert.Equal((3, 3), (first.Total, second.Total));
        Assert.Equal((2, 2), (second.Page, second.PageSize));
    }

    [Fact]
    public async Task List_DraftsWithTextAndFilters_KeepsToBoth()
    {
        var coordinator = Coordinator("ostbevern");
        await CreateAsync(coordinator, ValidRequest("ostbevern", "Rechtsberatung Ostbevern") with { Category = "legal", Schedule = [new("thursday", "10:00", "12:00")] });
        await CreateAsync(coordinator, ValidRequest("ostbevern", "Deutschkurs Ostbevern"));
        await CreatePublishedAsync(coordinator, ValidRequest("ostbevern", "Deutschkurs Ostbevern veröffentlicht"));

        var byText = await SearchAsync(coordinator, "status=draft&q=Deutschkurse");
        var byTypo = await SearchAsync(coordinator, "status=draft&q=Rechtsberatng");
        var byFilters = await SearchAsync(coordinator, "status=draft&category=legal&dayOfWeek=thursday");
        var allByText = await SearchAsync(coordinator, "status=all&q=Deutschkurs");

        Assert.Equal(["Deutschkurs Ostbevern"], byText.Items.Select(o => o.Title));
        Assert.Equal(["Rechtsberatung Ostbevern"], byTypo.Items.Select(o => o.Title));
        Assert.Equal(["Rechtsberatung Ostbevern"], byFilters.Items.Select(o => o.Title));
        Assert.Equal(["Deutschkurs Ostbevern", "Deutschkurs Ostbevern veröffentlicht"], allByText.Items.Select(o => o.Title).Order());
    }

    [Fact]
    public async Task List_DraftsNearAPlace_AreOrderedByDistanceWithIt()
    {
        var coordinator = Coordinator("everswinkel");
        await CreateAsync(coordinator, ValidRequest("everswinkel", "Everswinkel weit") with { Location = new(51.93, 7.90) });
        await CreateAsync(coordinator, ValidRequest("everswinkel", "Everswinkel nah") with { Location = new(51.925, 7.847) });

        var result = await SearchAsync(coordinator, "status=draft&near=51.925,7.847&radiusKm=20");

        Assert.Equal(["Everswinkel nah", "Everswinkel weit"], result.Items.Select(o => o.Title));
        Assert.True(result.Items[0].DistanceKm < result.Items[1].DistanceKm);
    }

    [Theory]
    [InlineData("drafts")]
    [InlineData("Draft")]
    [InlineData("")]
    public async Task List_UnknownStatus_Returns400NamingStatus(string status)
    {
        var response = await Coordinator("beelen").GetAsync($"/api/offers?status={status}");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var problem = await response.ReadAsync<ValidationProblemDetails>();
        Assert.Contains("published, draft, archived, all", Assert.Single(problem.Errors["status"]), StringComparison.Ordinal);
    }

    [Fact]
    public async Task List_UnknownStatusAnonymously_Returns400Not401()
    {
        // The request is wrong whoever sends it; saying so first spares a caller signing in for nothing.
        var response = await fixture.Factory.CreateAnonymousClient().GetAsync("/api/offers?status=entwurf");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Fact]
    public async Task List_DraftsByTwoCoordinatorsInTurn_EachSeesOnlyTheirOwnAndTheCacheIsNeverAsked()
    {
        await CreateAsync(Coordinator("sassenberg"), ValidRequest("sassenberg", "Sassenberg Entwurf"));
        await CreateAsync(Coordinator("wadersloh"), ValidRequest("wadersloh", "Wadersloh Entwurf"));

        // The same query string twice: were the page kept under the criteria, B would get A's.
        var first = await SearchAsync(Coordinator("sassenberg", "coord-a"), "status=draft");
        var second = await SearchAsync(Coordinator("wadersloh", "coord-b"), "status=draft");

        Assert.Equal(["Sassenberg Entwurf"], first.Items.Select(o => o.Title));
        Assert.Equal(["Wadersloh Entwurf"], second.Items.Select(o => o.Title));
        Assert.Empty(_cacheLookups.Values);
    }

    [Fact]
    public async Task List_DraftsAfterTheSamePublishedSearchWasCached_AreSearchedInTheDatabase()
    {
        var coordinator = Coordinator("drensteinfurt");
        await CreatePublishedAsync(coordinator, ValidRequest("drensteinfurt", "Drensteinfurt veröffentlicht"));
        await CreateAsync(coordinator, ValidRequest("drensteinfurt", "Drensteinfurt Entwurf"));
        await SearchAsync(coordinator, "municipality=drensteinfurt");
        await SearchAsync(coordinator, "municipality=drensteinfurt"); // now answered from the cache

        var drafts = await SearchAsync(coordinator, "municipality=drensteinfurt&status=draft");
        var published = await SearchAsync(coordinator, "municipality=drensteinfurt&status=published");

        Assert.Equal(["Drensteinfurt Entwurf"], drafts.Items.Select(o => o.Title));
        Assert.Equal(["Drensteinfurt veröffentlicht"], published.Items.Select(o => o.Title));
        // status=published is today's search, so it shares the cached page; the drafts did not touch the cache.
        Assert.Equal(["miss", "hit", "hit"], _cacheLookups.Values);
    }

    [Fact]
    public async Task List_ANewDraft_IsInTheNextListAtOnce()
    {
        var coordinator = Coordinator("ennigerloh");
        Assert.Empty((await SearchAsync(coordinator, "status=draft")).Items);

        await CreateAsync(coordinator, ValidRequest("ennigerloh", "Ennigerloh Entwurf"));

        Assert.Equal(["Ennigerloh Entwurf"], (await SearchAsync(coordinator, "status=draft")).Items.Select(o => o.Title));
    }

    [Fact]
    public async Task OpenApiDocument_SearchOffers_DescribesStatusAndWhoMayUseIt()
    {
        var document = JsonDocument.Parse(await fixture.Factory.CreateAnonymousClient().GetStringAsync("/openapi/v1.json")).RootElement;
        var search = document.GetProperty("paths").GetProperty("/api/offers").GetProperty("get");

        var status = search.GetProperty("parameters").EnumerateArray().Single(p => p.GetProperty("name").GetString() == "status");
        Assert.Equal("query", status.GetProperty("in").GetString());
        Assert.Contains("published (the default; anyone), draft, archived or all", status.GetProperty("description").GetString(), StringComparison.Ordinal);
        Assert.Contains("Who may call: anyone, without signing in; status other than published", search.GetProperty("description").GetString(), StringComparison.Ordinal);
        Assert.True(search.GetProperty("responses").TryGetProperty("401", out _));
        Assert.True(search.GetProperty("responses").TryGetProperty("403", out _));
        // Every query parameter is described as the string it is (the generator left them as {}).
        var untyped = search.GetProperty("parameters").EnumerateArray()
            .Where(p => !(p.GetProperty("schema").TryGetProperty("type", out var type) && type.GetString() == "string"))
            .Select(p => p.GetProperty("name").GetString()).ToList();
        Assert.True(untyped.Count == 0, "Not described as strings: " + string.Join(", ", untyped));
    }

    public void Dispose() => _cacheLookups.Dispose();
}
