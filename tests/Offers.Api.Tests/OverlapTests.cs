using ServiceDefaults.Api;
using System.Net;
using System.Net.Http.Json;
using Offers.Api.Apis;
using Offers.Api.Tests.Support;
using static Offers.Api.Tests.Support.OfferClient;

namespace Offers.Api.Tests;

public sealed class OverlapTests(OffersFixture fixture) : IClassFixture<OffersFixture>
{
    private HttpClient Admin => fixture.Factory.CreateClientFor("admin", "admin");

    private static OfferRequest Course(string municipality, string title, string provider, string day = "monday", string start = "10:00", string end = "12:00") =>
        ValidRequest(municipality, title) with
        {
            Provider = new ProviderDto(provider, "welfare", provider),
            Schedule = [new WeeklySlotDto(day, start, end)],
            TargetGroups = ["adults"],
            Languages = ["de"],
        };

    [Fact]
    public async Task Publish_SameCategoryPlaceIntersectingScheduleAndSharedGroup_ListsPossibleOverlap()
    {
        var first = await CreatePublishedAsync(Admin, Course("sassenberg", "Sprachtreff am Morgen", "caritas"));

        var second = await CreatePublishedAsync(Admin, Course("sassenberg", "Deutsch lernen im Pfarrheim", "awo", start: "11:00", end: "13:00"));

        var overlap = Assert.Single(second.PossibleOverlaps!);
        Assert.Equal(first.Id, overlap.Id);
        Assert.Contains(overlap.Reasons, r => r.StartsWith("intersecting-schedule: monday 11:00-12:00", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("everswinkel", "monday", "12:00", "14:00")] // back to back, not intersecting
    [InlineData("everswinkel", "tuesday", "10:00", "12:00")] // other day
    [InlineData("beelen", "monday", "10:00", "12:00")] // other municipality
    public async Task Publish_WithoutIntersectionOrInOtherPlace_ListsNoOverlap(string municipality, string day, string start, string end)
    {
        await CreatePublishedAsync(Admin, Course("everswinkel", "Frühstückstreff Deutsch " + day + start + municipality, "caritas"));

        var second = await CreatePublishedAsync(Admin, Course(municipality, "Konversationsrunde " + day + start + municipality, "awo", day, start, end));

        Assert.DoesNotContain(second.PossibleOverlaps!, o => o.Title.EndsWith(day + start + municipality, StringComparison.Ordinal));
    }

    [Fact]
    public async Task Publish_NoSharedTargetGroupOrLanguage_ListsNoOverlap()
    {
        await CreatePublishedAsync(Admin, Course("wadersloh", "Kurs A", "caritas") with { TargetGroups = ["women"], Languages = ["ar"] });

        var second = await CreatePublishedAsync(Admin, Course("wadersloh", "Lerngruppe B", "awo") with { TargetGroups = ["men"], Languages = ["uk"] });

        Assert.Empty(second.PossibleOverlaps!);
    }

    [Fact]
    public async Task Publish_NearIdenticalTitleFromOtherProvider_ListsOverlapEvenInOtherCategory()
    {
        await CreatePublishedAsync(Admin, Course("drensteinfurt", "Fahrradwerkstatt für Geflüchtete", "caritas") with { Category = "encounter", Schedule = [] });

        var second = await CreatePublishedAsync(Admin, Course("drensteinfurt", "Fahrradwerkstatt für Geflüchtete!", "awo") with { Category = "work", Schedule = [] });

        Assert.Contains("similar-title-different-provider", Assert.Single(second.PossibleOverlaps!).Reasons);
    }

    [Fact]
    public async Task Publish_BothOnlineInDifferentMunicipalities_ListsOverlap()
    {
        await CreatePublishedAsync(Admin, Course("ostbevern", "Online-Sprechstunde Aufenthalt", "caritas", "thursday") with { Category = "legal", Online = true });

        var second = await CreatePublishedAsync(Admin, Course("ennigerloh", "Videoberatung Asylrecht", "awo", "thursday") with { Category = "legal", Online = true });

        Assert.Contains("both-online", Assert.Single(second.PossibleOverlaps!).Reasons);
    }

    [Fact]
    public async Task GetOverlaps_AsCoordinatorOfMunicipality_ReturnsGroupsWithReasons()
    {
        await CreatePublishedAsync(Admin, Course("sendenhorst", "Elterncafé", "caritas", "friday") with { Category = "family" });
        await CreatePublishedAsync(Admin, Course("sendenhorst", "Familientreff", "awo", "friday", "11:00", "12:30") with { Category = "family" });
        var coordinator = fixture.Factory.CreateClientFor("coordinator", "c", "sendenhorst");

        var groups = await coordinator.GetFromJsonAsync<List<OverlapGroupResponse>>("/api/offers/overlaps?municipality=sendenhorst", Json);

        var group = Assert.Single(groups!);
        Assert.Equal(["Elterncafé", "Familientreff"], group.Offers.Select(o => o.Title));
        Assert.Contains("same-category: family", group.Reasons);
    }

    [Theory]
    [InlineData("coordinator", "ahlen", HttpStatusCode.Forbidden)]
    [InlineData("provider", null, HttpStatusCode.Forbidden)]
    [InlineData("admin", null, HttpStatusCode.OK)]
    public async Task GetOverlaps_ByRole_IsAllowedOnlyForOwnMunicipalityOrAdmin(string role, string? municipality, HttpStatusCode expected)
    {
        var client = fixture.Factory.CreateClientFor(role, "x", municipality, role == "provider" ? "org" : null);

        var response = await client.GetAsync("/api/offers/overlaps?municipality=sendenhorst");

        Assert.Equal(expected, response.StatusCode);
    }
}
