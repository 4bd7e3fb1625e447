using Contracts.Schedules;
using System.Net;
using System.Net.Http.Json;
using Contracts.Offers;
using Offers.Api.Apis;
using Offers.Api.Tests.Support;
using static Offers.Api.Tests.Support.OfferClient;

namespace Offers.Api.Tests;

public sealed class OfferLifecycleTests(OffersFixture fixture) : IClassFixture<OffersFixture>
{
    private HttpClient Coordinator(string municipality = "warendorf") => fixture.Factory.CreateClientFor("coordinator", "coord-" + municipality, municipality);

    private HttpClient Provider(string org) => fixture.Factory.CreateClientFor("provider", "prov-" + org, organization: org);

    [Fact]
    public async Task Create_AsCoordinatorInOwnMunicipality_Returns201DraftWithLocationAndETag()
    {
        var response = await Coordinator().PostAsJsonAsync("/api/offers", ValidRequest(), Json);

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var offer = await response.ReadAsync<OfferResponse>();
        Assert.Equal("draft", offer.Status);
        Assert.Equal($"/api/offers/{offer.Id}", response.Headers.Location!.OriginalString);
        Assert.Equal($"\"{offer.Version}\"", response.Headers.ETag!.Tag);
        Assert.Equal("Deutschkurs für Erwachsene", offer.Title);
        Assert.Equal(["monday"], offer.Schedule.Select(s => s.DayOfWeek));
    }

    [Fact]
    public async Task Create_AsCoordinatorInOtherMunicipality_Returns403()
    {
        var response = await Coordinator("ahlen").PostAsJsonAsync("/api/offers", ValidRequest("warendorf"), Json);

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }

    [Fact]
    public async Task Create_AsProvider_TakesOrganisationFromToken()
    {
        var offer = await CreateAsync(Provider("caritas-waf"), ValidRequest() with { Provider = new ProviderDto(null, "welfare", "someone-else") });

        Assert.Equal("caritas-waf", offer.Provider.Organization);
        Assert.Equal("caritas-waf", offer.Provider.Name);
    }

    [Fact]
    public async Task Create_AsVolunteer_Returns403()
    {
        var response = await fixture.Factory.CreateClientFor("volunteer", "v1").PostAsJsonAsync("/api/offers", ValidRequest(), Json);

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }

    [Fact]
    public async Task Create_Anonymous_Returns401()
    {
        var response = await fixture.Factory.CreateAnonymousClient().PostAsJsonAsync("/api/offers", ValidRequest(), Json);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Fact]
    public async Task Get_DraftAsAnonymousOrOtherProvider_Returns404()
    {
        var offer = await CreateAsync(Provider("drk-ahlen"), ValidRequest("ahlen"));

        Assert.Equal(HttpStatusCode.NotFound, (await fixture.Factory.CreateAnonymousClient().GetAsync($"/api/offers/{offer.Id}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await Provider("awo").GetAsync($"/api/offers/{offer.Id}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await Coordinator("beckum").GetAsync($"/api/offers/{offer.Id}")).StatusCode);
    }

    [Fact]
    public async Task Get_DraftAsEditor_Returns200WithETag()
    {
        var offer = await CreateAsync(Provider("drk-ahlen"), ValidRequest("ahlen"));

        foreach (var client in new[] { Provider("drk-ahlen"), Coordinator("ahlen"), fixture.Factory.CreateClientFor("admin", "a1") })
        {
            var response = await client.GetAsync($"/api/offers/{offer.Id}");
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            Assert.Equal("\"1\"", response.Headers.ETag!.Tag);
        }
    }

    [Fact]
    public async Task Get_UnknownId_Returns404Problem()
    {
        var response = await fixture.Factory.CreateAnonymousClient().GetAsync($"/api/offers/{Guid.NewGuid()}");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType!.MediaType);
    }

    [Fact]
    public async Task Publish_Draft_MakesItPublicWithPossibleOverlaps()
    {
        var offer = await CreateAsync(Coordinator("telgte"), ValidRequest("telgte", "Einzigartiges Nähcafé Telgte"));

        var response = await Coordinator("telgte").PostAsync($"/api/offers/{offer.Id}/publish", null);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var published = await response.ReadAsync<OfferResponse>();
        Assert.Equal("published", published.Status);
        Assert.NotNull(published.PossibleOverlaps);
        Assert.Empty(published.PossibleOverlaps);
        Assert.Equal(HttpStatusCode.OK, (await fixture.Factory.CreateAnonymousClient().GetAsync($"/api/offers/{offer.Id}")).StatusCode);
    }

    [Fact]
    public async Task Publish_Draft_PutsOfferPublishedOnTheBroker()
    {
        var offer = await CreatePublishedAsync(Coordinator(), ValidRequest() with { HelpersNeeded = 3 });

        var message = await fixture.Events.WaitForAsync<OfferPublishedIntegrationEvent>(e => e.Offer.OfferId == offer.Id);

        Assert.Equal(2, message.Offer.Version);
        Assert.Equal("language", message.Offer.Category);
        Assert.Equal("warendorf", message.Offer.Municipality);
        Assert.Equal(3, message.Offer.HelpersNeeded);
        Assert.Equal(new WeeklySlot(DayOfWeek.Monday, new TimeOnly(10, 0), new TimeOnly(12, 0)), message.Offer.Schedule.Single());
    }

    [Fact]
    public async Task Publish_AlreadyPublished_Returns409()
    {
        var offer = await CreatePublishedAsync(Coordinator(), ValidRequest());

        var response = await Coordinator().PostAsync($"/api/offers/{offer.Id}/publish", null);

        Assert.Equal(HttpStatusCode.Conflict, response.StatusCode);
    }

    [Fact]
    public async Task Publish_ByCoordinatorOfOtherMunicipality_Returns404ForDraft()
    {
        var offer = await CreateAsync(Coordinator(), ValidRequest());

        var response = await Coordinator("oelde").PostAsync($"/api/offers/{offer.Id}/publish", null);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task Archive_Published_EmitsOfferArchivedAndHidesIt()
    {
        var offer = await CreatePublishedAsync(Coordinator(), ValidRequest());

        var response = await Coordinator().PostAsync($"/api/offers/{offer.Id}/archive", null);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var archived = await fixture.Events.WaitForAsync<OfferArchivedIntegrationEvent>(e => e.OfferId == offer.Id);
        Assert.Equal(3, archived.Version);
        Assert.Equal(HttpStatusCode.NotFound, (await fixture.Factory.CreateAnonymousClient().GetAsync($"/api/offers/{offer.Id}")).StatusCode);
    }

    [Fact]
    public async Task Archive_ByProviderOfOtherOrganisation_Returns403()
    {
        var offer = await CreatePublishedAsync(Provider("caritas"), ValidRequest());

        var response = await Provider("awo").PostAsync($"/api/offers/{offer.Id}/archive", null);

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }
}
