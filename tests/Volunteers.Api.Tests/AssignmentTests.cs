using TestInfrastructure;
using Microsoft.EntityFrameworkCore;
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
    public async Task Assign_CoordinatorOfVolunteersMunicipality_Returns201AndShowsInTheProfile()
    {
        var (volunteer, id) = await TestData.RegisterAsync(fixture, TestData.Registration(municipality: "sassenberg"));
        var offer = TestData.Offer();
        await TestData.PublishOfferAsync(fixture, offer);

        var response = await Coordinator("sassenberg").PostAsJsonAsync($"/api/volunteers/{id}/assignments", new { offerId = offer.OfferId });

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
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
        await Eventually.HoldsAsync("the expected state", () => fixture.QueryAsync(async db => (await db.KnownOffers.FindAsync(offer.OfferId))!.Version == 2), TimeSpan.FromSeconds(10));

        var response = await Coordinator("sassenberg").PostAsJsonAsync($"/api/volunteers/{id}/assignments", new { offerId = offer.OfferId });

        Assert.Equal(HttpStatusCode.Conflict, response.StatusCode);
    }

    [Fact]
    public async Task TrainingCompleted_DeliveredTwiceAndResent_AddsOneQualification()
    {
        var (volunteer, id) = await TestData.RegisterAsync(fixture);
        var training = new TrainingCompletedIntegrationEvent(Guid.NewGuid(), id, "Erste Hilfe", "Ersthelfer", new DateOnly(2025, 3, 1), DateTimeOffset.UtcNow);
        var messageId = Guid.NewGuid();
        var resent = Guid.NewGuid();
        using var duplicates = MeterRecorder.InboxDuplicates();

        await TestData.PublishAsync(fixture, training, messageId);
        await TestData.PublishAsync(fixture, training, messageId);
        await TestData.PublishAsync(fixture, training, resent); // attendance recorded twice: another message, same event

        await duplicates.WaitForAsync("TrainingCompletedConsumer");
        await Eventually.HoldsAsync("the resent message handled", () => fixture.QueryAsync(db =>
            db.Set<Messaging.Inbox.InboxMessage>().AnyAsync(m => m.MessageId == resent)));
        var me = await volunteer.GetFromJsonAsync<JsonElement>("/api/volunteers/me");
        var qualification = Assert.Single(me.GetProperty("qualifications").EnumerateArray());
        Assert.Equal("Ersthelfer", qualification.GetProperty("title").GetString());
        Assert.Equal("2025-03-01", qualification.GetProperty("completedOn").GetString());
    }
}
