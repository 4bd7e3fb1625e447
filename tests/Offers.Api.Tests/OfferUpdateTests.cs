using System.Net;
using System.Net.Http.Json;
using Contracts.Offers;
using Offers.Api.Apis;
using Offers.Api.Tests.Support;
using static Offers.Api.Tests.Support.OfferClient;

namespace Offers.Api.Tests;

public sealed class OfferUpdateTests(OffersFixture fixture) : IClassFixture<OffersFixture>
{
    private HttpClient Coordinator(string municipality = "beckum") => fixture.Factory.CreateClientFor("coordinator", "coord-" + municipality, municipality);

    private static HttpRequestMessage Put(Guid id, OfferRequest request, string? ifMatch)
    {
        var message = new HttpRequestMessage(HttpMethod.Put, $"/api/offers/{id}") { Content = JsonContent.Create(request, options: Json) };
        if (ifMatch is not null)
        {
            message.Headers.TryAddWithoutValidation("If-Match", ifMatch);
        }

        return message;
    }

    [Fact]
    public async Task Update_WithCurrentIfMatch_Returns200AndNewETag()
    {
        var offer = await CreateAsync(Coordinator(), ValidRequest("beckum"));

        var response = await Coordinator().SendAsync(Put(offer.Id, ValidRequest("beckum", "Neuer Titel"), "\"1\""));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("\"2\"", response.Headers.ETag!.Tag);
        Assert.Equal("Neuer Titel", (await response.ReadAsync<OfferResponse>()).Title);
    }

    [Fact]
    public async Task Update_WithoutIfMatch_Returns428()
    {
        var offer = await CreateAsync(Coordinator(), ValidRequest("beckum"));

        var response = await Coordinator().SendAsync(Put(offer.Id, ValidRequest("beckum"), null));

        Assert.Equal(HttpStatusCode.PreconditionRequired, response.StatusCode);
    }

    [Fact]
    public async Task Update_WithStaleIfMatch_Returns412AndChangesNothing()
    {
        var offer = await CreateAsync(Coordinator(), ValidRequest("beckum"));
        await Coordinator().SendAsync(Put(offer.Id, ValidRequest("beckum", "Zweite Fassung"), "\"1\""));

        var response = await Coordinator().SendAsync(Put(offer.Id, ValidRequest("beckum", "Veraltete Fassung"), "\"1\""));

        Assert.Equal(HttpStatusCode.PreconditionFailed, response.StatusCode);
        var current = await (await Coordinator().GetAsync($"/api/offers/{offer.Id}")).ReadAsync<OfferResponse>();
        Assert.Equal("Zweite Fassung", current.Title);
    }

    [Fact]
    public async Task Update_PublishedOffer_EmitsOfferUpdatedWithHigherVersion()
    {
        var offer = await CreatePublishedAsync(Coordinator(), ValidRequest("beckum"));

        var response = await Coordinator().SendAsync(Put(offer.Id, ValidRequest("beckum", "Deutschkurs am Abend") with { HelpersNeeded = 5 }, $"\"{offer.Version}\""));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var updated = await fixture.Events.WaitForAsync<OfferUpdatedIntegrationEvent>(e => e.Offer.OfferId == offer.Id);
        Assert.Equal(offer.Version + 1, updated.Offer.Version);
        Assert.Equal("Deutschkurs am Abend", updated.Offer.Title);
        Assert.Equal(5, updated.Offer.HelpersNeeded);
    }

    [Fact]
    public async Task Update_ByCoordinatorMovingOfferToOtherMunicipality_Returns403()
    {
        var offer = await CreateAsync(Coordinator(), ValidRequest("beckum"));

        var response = await Coordinator().SendAsync(Put(offer.Id, ValidRequest("ahlen"), "\"1\""));

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }

    [Fact]
    public async Task Update_PublishedOfferByCoordinatorOfOtherMunicipality_Returns403()
    {
        var offer = await CreatePublishedAsync(Coordinator(), ValidRequest("beckum"));

        var response = await Coordinator("oelde").SendAsync(Put(offer.Id, ValidRequest("beckum"), $"\"{offer.Version}\""));

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }

    [Fact]
    public async Task Update_AsAdminAnywhere_Returns200()
    {
        var offer = await CreateAsync(Coordinator(), ValidRequest("beckum"));

        var response = await fixture.Factory.CreateClientFor("admin", "a1").SendAsync(Put(offer.Id, ValidRequest("oelde"), "\"1\""));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task Update_InvalidBody_Returns400AndChangesNothing()
    {
        var offer = await CreateAsync(Coordinator(), ValidRequest("beckum"));

        var response = await Coordinator().SendAsync(Put(offer.Id, ValidRequest("beckum") with { Title = "" }, "\"1\""));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("\"1\"", (await Coordinator().GetAsync($"/api/offers/{offer.Id}")).Headers.ETag!.Tag);
    }
}
