using Contracts.Schedules;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Contracts.Offers;
using ServiceDefaults.Authentication;

namespace Volunteers.Api.Tests;

/// <summary>
/// Offers here are 'youth' offers on Sundays in Farsi: no other test's volunteers share those,
/// so the candidates are the ones each test registers.
/// </summary>
[Collection(VolunteersCollection.Name)]
public sealed class MatchingTests(VolunteersFixture fixture)
{
    private static readonly WeeklySlot[] Sunday = [new(DayOfWeek.Sunday, new TimeOnly(14, 0), new TimeOnly(17, 0))];

    private static Dictionary<string, object?> Strong(string municipality) => TestData.Registration(municipality: municipality,
        languages: [new { code = "fa", level = "native" }], skills: ["childcare"],
        availability: [new { dayOfWeek = "sunday", start = "13:00", end = "18:00" }]);

    private static Dictionary<string, object?> Weak(string municipality) => TestData.Registration(municipality: municipality,
        languages: [new { code = "fa", level = "basic" }], skills: ["driving"], availability: []);

    private async Task<OfferSnapshot> PublishYouthOfferAsync(int helpersNeeded = 2, string municipality = "warendorf")
    {
        var offer = TestData.Offer(category: "youth", languages: ["fa"], schedule: Sunday, helpersNeeded: helpersNeeded, municipality: municipality);
        await TestData.PublishOfferAsync(fixture, offer);
        return offer;
    }

    private static List<(Guid Id, double Score, int Reasons)> Items(JsonElement matches) =>
        matches.GetProperty("items").EnumerateArray()
            .Select(m => (m.GetProperty("volunteerId").GetGuid(), m.GetProperty("score").GetDouble(), m.GetProperty("reasons").GetArrayLength()))
            .ToList();

    [Fact]
    public async Task Matches_Admin_RanksByFitWithReasonsAndLeavesOutAssigned()
    {
        var offer = await PublishYouthOfferAsync();
        var (_, strong) = await TestData.RegisterAsync(fixture, Strong("warendorf"));
        var (_, weak) = await TestData.RegisterAsync(fixture, Weak("wadersloh"));
        var (_, assigned) = await TestData.RegisterAsync(fixture, Strong("warendorf"));
        var admin = fixture.Factory.CreateClientFor(PlatformRoles.Admin, TestData.NewSubject());
        (await admin.PostAsJsonAsync($"/api/volunteers/{assigned}/assignments", new { offerId = offer.OfferId })).EnsureSuccessStatusCode();

        var items = Items(await admin.GetFromJsonAsync<JsonElement>($"/api/volunteers/matches?offerId={offer.OfferId}&limit=100"));

        var strongIndex = items.FindIndex(i => i.Id == strong);
        var weakIndex = items.FindIndex(i => i.Id == weak);
        Assert.True(strongIndex >= 0 && weakIndex > strongIndex, "the strong match ranks above the weak one");
        Assert.True(items[strongIndex].Score > items[weakIndex].Score);
        Assert.True(items[strongIndex].Reasons >= 4, "language, distance, skill and availability each give a reason");
        Assert.DoesNotContain(items, i => i.Id == assigned);
    }

    [Fact]
    public async Task Matches_Coordinator_SeesOnlyOwnMunicipality()
    {
        var offer = await PublishYouthOfferAsync();
        var (_, own) = await TestData.RegisterAsync(fixture, Weak("ennigerloh"));
        var (_, foreign) = await TestData.RegisterAsync(fixture, Strong("warendorf"));
        var coordinator = fixture.Factory.CreateClientFor(PlatformRoles.Coordinator, TestData.NewSubject(), "ennigerloh");

        var items = Items(await coordinator.GetFromJsonAsync<JsonElement>($"/api/volunteers/matches?offerId={offer.OfferId}&limit=100"));

        Assert.Contains(items, i => i.Id == own);
        Assert.DoesNotContain(items, i => i.Id == foreign);
    }

    [Fact]
    public async Task Matches_OfferWantsNoHelpers_Returns409()
    {
        var offer = await PublishYouthOfferAsync(helpersNeeded: 0);
        var admin = fixture.Factory.CreateClientFor(PlatformRoles.Admin, TestData.NewSubject());

        Assert.Equal(HttpStatusCode.Conflict, (await admin.GetAsync($"/api/volunteers/matches?offerId={offer.OfferId}")).StatusCode);
    }

    [Fact]
    public async Task Matches_UnknownOfferOrMissingId_Returns404Or400()
    {
        var admin = fixture.Factory.CreateClientFor(PlatformRoles.Admin, TestData.NewSubject());

        Assert.Equal(HttpStatusCode.NotFound, (await admin.GetAsync($"/api/volunteers/matches?offerId={Guid.NewGuid()}")).StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, (await admin.GetAsync("/api/volunteers/matches")).StatusCode);
    }

    [Fact]
    public async Task Matches_Volunteer_Returns403()
    {
        var offer = await PublishYouthOfferAsync();
        var (volunteer, _) = await TestData.RegisterAsync(fixture);

        Assert.Equal(HttpStatusCode.Forbidden, (await volunteer.GetAsync($"/api/volunteers/matches?offerId={offer.OfferId}")).StatusCode);
    }

    [Fact]
    public async Task Suggestions_FittingVolunteer_GetsTheOfferWithReasons()
    {
        // In the volunteer's own municipality, so it outranks the other tests' offers in Warendorf.
        var offer = await PublishYouthOfferAsync(municipality: "beelen");
        var (volunteer, _) = await TestData.RegisterAsync(fixture, Strong("beelen"));

        var suggestions = await volunteer.GetFromJsonAsync<JsonElement>("/api/volunteers/me/suggestions");

        var suggestion = suggestions.GetProperty("items").EnumerateArray().Single(s => s.GetProperty("offerId").GetGuid() == offer.OfferId);
        Assert.True(suggestion.GetProperty("reasons").GetArrayLength() > 0);
    }
}
