using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Contracts.Events;
using Contracts.Offers;
using Contracts.Volunteers;
using ServiceDefaults.Authentication;

namespace Volunteers.Api.Tests;

[Collection(VolunteersCollection.Name)]
public sealed class AssignmentTests(VolunteersFixture fixture)
{
    private HttpClient Coordinator(string municipality) => fixture.Factory.CreateClientFor(PlatformRoles.Coordinator, TestData.NewSubject(), municipality);

    [Fact]
    public async Task Assign_CoordinatorOfVolunteersMunicipality_Returns201AndPublishesVolunteerAssigned()
    {
        var (volunteer, id) = await TestData.RegisterAsync(fixture, TestData.Registration(municipality: "sassenberg"));
        var offer = TestData.Offer();
        await TestData.PublishOfferAsync(fixture, offer);

        var response = await Coordinator("sassenberg").PostAsJsonAsync($"/api/volunteers/{id}/assignments", new { offerId = offer.OfferId });

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        Assert.True(await VolunteersFixture.EventuallyAsync(() => Task.FromResult(
            fixture.Published.OfType<VolunteerAssignedIntegrationEvent>().Any(e => e.VolunteerId == id && e.OfferId == offer.OfferId))));
        var me = await volunteer.GetFromJsonAsync<JsonElement>("/api/volunteers/me");
        Assert.Equal(offer.OfferId, me.GetProperty("assignments")[0].GetProperty("offerId").GetGuid());
    }

    [Fact]
    public async Task Assign_Twice_Returns409()
    {
        var (_, id) = await TestData.RegisterAsync(fixture, TestData.Registration(municipality: "sassenberg"));
        var offer = TestData.Offer();
        await TestData.PublishOfferAsync(fixture, offer);
        (await Coordinator("sassenberg").PostAsJsonAsync($"/api/volunteers/{id}/assignments", new { offerId = offer.OfferId })).EnsureSuccessStatusCode();

        var second = await Coordinator("sassenberg").PostAsJsonAsync($"/api/volunteers/{id}/assignments", new { offerId = offer.OfferId });

        Assert.Equal(HttpStatusCode.Conflict, second.StatusCode);
    }

    [Fact]
    public async Task Assign_CoordinatorOfOtherMunicipality_Returns404()
    {
        var (_, id) = await TestData.RegisterAsync(fixture, TestData.Registration(municipality: "sassenberg"));
        var offer = TestData.Offer();
        await TestData.PublishOfferAsync(fixture, offer);

        var response = await Coordinator("beelen").PostAsJsonAsync($"/api/volunteers/{id}/assignments", new { offerId = offer.OfferId });

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task Assign_UnknownOffer_Returns404()
    {
        var (_, id) = await TestData.RegisterAsync(fixture, TestData.Registration(municipality: "sassenberg"));

        var response = await Coordinator("sassenberg").PostAsJsonAsync($"/api/volunteers/{id}/assignments", new { offerId = Guid.NewGuid() });

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task Assign_ArchivedOffer_Returns409()
    {
        var (_, id) = await TestData.RegisterAsync(fixture, TestData.Registration(municipality: "sassenberg"));
        var offer = TestData.Offer();
        await TestData.PublishOfferAsync(fixture, offer);
        await TestData.PublishAsync(fixture, new OfferArchivedIntegrationEvent(offer.OfferId, 2, DateTimeOffset.UtcNow));
        await VolunteersFixture.EventuallyAsync(() => fixture.QueryAsync(async db => (await db.KnownOffers.FindAsync(offer.OfferId))!.Version == 2));

        var response = await Coordinator("sassenberg").PostAsJsonAsync($"/api/volunteers/{id}/assignments", new { offerId = offer.OfferId });

        Assert.Equal(HttpStatusCode.Conflict, response.StatusCode);
    }

    [Fact]
    public async Task TrainingCompleted_DeliveredTwiceAndResent_AddsOneQualification()
    {
        var (volunteer, id) = await TestData.RegisterAsync(fixture);
        var training = new TrainingCompletedIntegrationEvent(Guid.NewGuid(), id, "Erste Hilfe", "Ersthelfer", new DateOnly(2025, 3, 1), DateTimeOffset.UtcNow);
        var messageId = Guid.NewGuid();

        await TestData.PublishAsync(fixture, training, messageId);
        await TestData.PublishAsync(fixture, training, messageId);
        await TestData.PublishAsync(fixture, training); // attendance recorded twice: another message, same event

        Assert.True(await VolunteersFixture.EventuallyAsync(() => fixture.QueryAsync(async db =>
            (await db.Volunteers.FindAsync(id))!.Qualifications.Count > 0)));
        await Task.Delay(500);
        var me = await volunteer.GetFromJsonAsync<JsonElement>("/api/volunteers/me");
        var qualification = Assert.Single(me.GetProperty("qualifications").EnumerateArray());
        Assert.Equal("Ersthelfer", qualification.GetProperty("title").GetString());
        Assert.Equal("2025-03-01", qualification.GetProperty("completedOn").GetString());
    }
}
