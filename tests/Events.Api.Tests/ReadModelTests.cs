using System.Net;
using System.Net.Http.Json;
using Contracts.Offers;
using Contracts.Volunteers;
using Events.Api.Tests.Support;
using TestInfrastructure;
using MassTransit;
using Messaging.Inbox;
using Microsoft.EntityFrameworkCore;
using static Events.Api.Tests.Support.EventsClient;

namespace Events.Api.Tests;

/// <summary>Offers and volunteers arrive over RabbitMQ (published by the test on the service's virtual host).</summary>
public sealed class ReadModelTests(EventsServiceFixture fixture) : IClassFixture<EventsServiceFixture>
{
    private TestBus Bus => fixture.Bus;

    private static OfferSnapshot Offer(Guid id, long version, string title = "Deutschkurs") =>
        new(id, version, title, "language", "warendorf", null, false, ["de"], ["adults"], [], 0);

    [Fact]
    public async Task OfferPublished_OverBroker_MakesOfferUsableAsRelatedOffer()
    {
        var offerId = Guid.NewGuid();
        await Bus.Publish(new OfferPublishedIntegrationEvent(Offer(offerId, 1), DateTimeOffset.UtcNow));
        await Eventually.HoldsAsync("the offer arrived", () => fixture.WithDbAsync(db => db.KnownOffers.AnyAsync(o => o.OfferId == offerId)));

        var response = await fixture.Coordinator().PostAsJsonAsync("/api/events", NewEvent() with { RelatedOfferId = offerId }, Json);

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
    }

    [Fact]
    public async Task OfferUpdated_SameMessageIdTwice_SecondIsDroppedByTheInbox()
    {
        // The same message id with a newer version: to the read model alone it is a change it would
        // apply; only the inbox knows the message was handled. (Resending identical content could not
        // tell a working inbox from none: the version check would absorb it.)
        using var duplicates = MeterRecorder.InboxDuplicates();
        var offerId = Guid.NewGuid();
        var messageId = NewId.NextGuid();
        await Bus.Publish(new OfferUpdatedIntegrationEvent(Offer(offerId, 2, "Zweite"), DateTimeOffset.UtcNow), context => context.MessageId = messageId);
        await Eventually.HoldsAsync("the first arrived", () => fixture.WithDbAsync(db => db.KnownOffers.AnyAsync(o => o.OfferId == offerId)));

        await Bus.Publish(new OfferUpdatedIntegrationEvent(Offer(offerId, 3, "Dritte"), DateTimeOffset.UtcNow), context => context.MessageId = messageId);
        await duplicates.WaitForAsync("OfferUpdatedConsumer");

        var offer = await fixture.WithDbAsync(db => db.KnownOffers.AsNoTracking().SingleAsync(o => o.OfferId == offerId));
        Assert.Equal(("Zweite", 2L), (offer.Title, offer.Version));
        Assert.Equal(1, await fixture.WithDbAsync(db => db.Set<InboxMessage>().CountAsync(m => m.MessageId == messageId)));
    }

    [Fact]
    public async Task OfferUpdated_OlderVersionAfterNewer_IsIgnored()
    {
        var offerId = Guid.NewGuid();
        await Bus.Publish(new OfferUpdatedIntegrationEvent(Offer(offerId, 3, "Neu"), DateTimeOffset.UtcNow));
        await Eventually.HoldsAsync("v3 arrived", () => fixture.WithDbAsync(db => db.KnownOffers.AnyAsync(o => o.OfferId == offerId)));
        var older = NewId.NextGuid();
        await Bus.Publish(new OfferUpdatedIntegrationEvent(Offer(offerId, 2, "Alt"), DateTimeOffset.UtcNow), c => c.MessageId = older);
        await Eventually.HoldsAsync("v2 was handled", () => fixture.WithDbAsync(db => db.Set<InboxMessage>().AnyAsync(m => m.MessageId == older)));

        var offer = await fixture.WithDbAsync(db => db.KnownOffers.SingleAsync(o => o.OfferId == offerId));
        Assert.Equal(("Neu", 3L), (offer.Title, offer.Version));
    }

    [Fact]
    public async Task OfferArchived_ThenUsedAsRelatedOffer_Returns400()
    {
        var offerId = Guid.NewGuid();
        await Bus.Publish(new OfferPublishedIntegrationEvent(Offer(offerId, 1), DateTimeOffset.UtcNow));
        await Bus.Publish(new OfferArchivedIntegrationEvent(offerId, 2, DateTimeOffset.UtcNow));
        await Eventually.HoldsAsync("archived", () => fixture.WithDbAsync(db => db.KnownOffers.AnyAsync(o => o.OfferId == offerId && o.Archived)));

        var response = await fixture.Coordinator().PostAsJsonAsync("/api/events", NewEvent() with { RelatedOfferId = offerId }, Json);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Fact]
    public async Task VolunteerRegistered_OverBroker_LetsTheVolunteerRegisterForEvents()
    {
        var subject = "sub-" + Guid.NewGuid().ToString("N");
        var created = await fixture.Coordinator().CreateEventAsync(NewEvent());
        var before = await fixture.Volunteer(subject).RegisterAsync(created.Id);

        await Bus.Publish(new VolunteerRegisteredIntegrationEvent(Guid.NewGuid(), subject, "warendorf", "Ada L.", 1, DateTimeOffset.UtcNow));
        await Eventually.HoldsAsync("the volunteer arrived", () => fixture.WithDbAsync(db => db.KnownVolunteers.AnyAsync(v => v.Subject == subject)));
        var after = await fixture.Volunteer(subject).RegisterAsync(created.Id);

        Assert.Equal(HttpStatusCode.Forbidden, before.Status);
        Assert.Equal(HttpStatusCode.Created, after.Status);
    }

    [Fact]
    public async Task VolunteerUpdated_NewerVersion_UpdatesDisplayName()
    {
        var volunteerId = Guid.NewGuid();
        await Bus.Publish(new VolunteerRegisteredIntegrationEvent(volunteerId, "sub-u-" + volunteerId, "ahlen", "Alt", 1, DateTimeOffset.UtcNow));
        await Bus.Publish(new VolunteerUpdatedIntegrationEvent(volunteerId, "sub-u-" + volunteerId, "beckum", "Neu", 2, DateTimeOffset.UtcNow));

        await Eventually.HoldsAsync("the update arrived", () => fixture.WithDbAsync(db =>
            db.KnownVolunteers.AnyAsync(v => v.VolunteerId == volunteerId && v.DisplayName == "Neu" && v.Municipality == "beckum")));
    }

    [Fact]
    public async Task VolunteerUpdated_AfterTheErasure_RecreatesNothing()
    {
        var volunteerId = Guid.NewGuid();
        var subject = "sub-late-" + volunteerId;
        await Bus.Publish(new VolunteerRegisteredIntegrationEvent(volunteerId, subject, "ahlen", "Erika E.", 1, DateTimeOffset.UtcNow));
        await Eventually.HoldsAsync("the volunteer arrived", () => fixture.WithDbAsync(db => db.KnownVolunteers.AnyAsync(v => v.VolunteerId == volunteerId)));
        await Bus.Publish(new VolunteerErasedIntegrationEvent(volunteerId, DateTimeOffset.UtcNow));
        await Eventually.HoldsAsync("erased", () => fixture.WithDbAsync(db => db.KnownVolunteers.AnyAsync(v => v.VolunteerId == volunteerId && v.Erased)));

        // An update published before the erasure, delivered after it (a retry, a slow consumer).
        var late = Guid.NewGuid();
        await Bus.Publish(new VolunteerUpdatedIntegrationEvent(volunteerId, subject, "beckum", "Erika E.", 2, DateTimeOffset.UtcNow),
            context => context.MessageId = late);
        await Eventually.HoldsAsync("the late update was handled", () => fixture.WithDbAsync(db => db.Set<InboxMessage>().AnyAsync(m => m.MessageId == late)));

        var row = await fixture.WithDbAsync(db => db.KnownVolunteers.AsNoTracking().SingleAsync(v => v.VolunteerId == volunteerId));
        Assert.Equal((true, null, "", ""), (row.Erased, row.Subject, row.DisplayName, row.Municipality));
    }
}
