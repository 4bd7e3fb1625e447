using System.Net;
using System.Net.Http.Json;
using Contracts.Offers;
using Contracts.Volunteers;
using Events.Api.Tests.Support;
using MassTransit;
using Messaging.Inbox;
using Microsoft.EntityFrameworkCore;
using static Events.Api.Tests.Support.EventsClient;

namespace Events.Api.Tests;

/// <summary>Offers and volunteers arrive over RabbitMQ (published by the test on the service's virtual host).</summary>
public sealed class ReadModelTests(EventsServiceFixture fixture) : IClassFixture<EventsServiceFixture>
{
    private IBus Bus => fixture.GetRequiredService<IBus>();

    private static OfferSnapshot Offer(Guid id, long version, string title = "Deutschkurs") =>
        new(id, version, title, "language", "warendorf", null, false, ["de"], ["adults"], [], 0);

    [Fact]
    public async Task OfferPublished_OverBroker_MakesOfferUsableAsRelatedOffer()
    {
        var offerId = Guid.NewGuid();
        await Bus.Publish(new OfferPublishedIntegrationEvent(Offer(offerId, 1), DateTimeOffset.UtcNow));
        await EventsServiceFixture.WaitUntilAsync(() => fixture.WithDbAsync(db => db.KnownOffers.AnyAsync(o => o.OfferId == offerId)), "the offer arrived");

        var response = await fixture.Coordinator().PostAsJsonAsync("/api/events", NewEvent() with { RelatedOfferId = offerId }, Json);

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
    }

    [Fact]
    public async Task OfferPublished_SameMessageIdTwice_HasOneEffect()
    {
        var offerId = Guid.NewGuid();
        var messageId = NewId.NextGuid();
        var message = new OfferPublishedIntegrationEvent(Offer(offerId, 1), DateTimeOffset.UtcNow);

        await Bus.Publish(message, context => context.MessageId = messageId);
        await Bus.Publish(message, context => context.MessageId = messageId);
        var sentinel = Guid.NewGuid();
        await Bus.Publish(new OfferPublishedIntegrationEvent(Offer(sentinel, 1), DateTimeOffset.UtcNow));
        await EventsServiceFixture.WaitUntilAsync(() => fixture.WithDbAsync(db => db.KnownOffers.AnyAsync(o => o.OfferId == sentinel)), "the sentinel arrived");
        await Task.Delay(300); // the duplicate may be in a retry; give it a moment to show a second effect

        var inboxRows = await fixture.WithDbAsync(db => db.Set<InboxMessage>().CountAsync(m => m.MessageId == messageId));
        Assert.Equal(1, inboxRows);
        Assert.Equal(1, await fixture.WithDbAsync(db => db.KnownOffers.CountAsync(o => o.OfferId == offerId)));
    }

    [Fact]
    public async Task OfferUpdated_OlderVersionAfterNewer_IsIgnored()
    {
        var offerId = Guid.NewGuid();
        await Bus.Publish(new OfferUpdatedIntegrationEvent(Offer(offerId, 3, "Neu"), DateTimeOffset.UtcNow));
        await EventsServiceFixture.WaitUntilAsync(() => fixture.WithDbAsync(db => db.KnownOffers.AnyAsync(o => o.OfferId == offerId)), "v3 arrived");
        var older = NewId.NextGuid();
        await Bus.Publish(new OfferUpdatedIntegrationEvent(Offer(offerId, 2, "Alt"), DateTimeOffset.UtcNow), c => c.MessageId = older);
        await EventsServiceFixture.WaitUntilAsync(() => fixture.WithDbAsync(db => db.Set<InboxMessage>().AnyAsync(m => m.MessageId == older)), "v2 was handled");

        var offer = await fixture.WithDbAsync(db => db.KnownOffers.SingleAsync(o => o.OfferId == offerId));
        Assert.Equal(("Neu", 3L), (offer.Title, offer.Version));
    }

    [Fact]
    public async Task OfferArchived_ThenUsedAsRelatedOffer_Returns400()
    {
        var offerId = Guid.NewGuid();
        await Bus.Publish(new OfferPublishedIntegrationEvent(Offer(offerId, 1), DateTimeOffset.UtcNow));
        await Bus.Publish(new OfferArchivedIntegrationEvent(offerId, 2, DateTimeOffset.UtcNow));
        await EventsServiceFixture.WaitUntilAsync(() => fixture.WithDbAsync(db => db.KnownOffers.AnyAsync(o => o.OfferId == offerId && o.Archived)), "archived");

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
        await EventsServiceFixture.WaitUntilAsync(() => fixture.WithDbAsync(db => db.KnownVolunteers.AnyAsync(v => v.Subject == subject)), "the volunteer arrived");
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

        await EventsServiceFixture.WaitUntilAsync(() => fixture.WithDbAsync(db =>
            db.KnownVolunteers.AnyAsync(v => v.VolunteerId == volunteerId && v.DisplayName == "Neu" && v.Municipality == "beckum")), "the update arrived");
    }

    [Fact]
    public async Task VolunteerUpdated_AfterTheErasure_RecreatesNothing()
    {
        var volunteerId = Guid.NewGuid();
        var subject = "sub-late-" + volunteerId;
        await Bus.Publish(new VolunteerRegisteredIntegrationEvent(volunteerId, subject, "ahlen", "Erika E.", 1, DateTimeOffset.UtcNow));
        await EventsServiceFixture.WaitUntilAsync(() => fixture.WithDbAsync(db => db.KnownVolunteers.AnyAsync(v => v.VolunteerId == volunteerId)), "the volunteer arrived");
        await Bus.Publish(new VolunteerErasedIntegrationEvent(volunteerId, subject, DateTimeOffset.UtcNow));
        await EventsServiceFixture.WaitUntilAsync(() => fixture.WithDbAsync(db => db.KnownVolunteers.AnyAsync(v => v.VolunteerId == volunteerId && v.Erased)), "erased");

        // An update published before the erasure, delivered after it (a retry, a slow consumer).
        var late = Guid.NewGuid();
        await Bus.Publish(new VolunteerUpdatedIntegrationEvent(volunteerId, subject, "beckum", "Erika E.", 2, DateTimeOffset.UtcNow),
            context => context.MessageId = late);
        await EventsServiceFixture.WaitUntilAsync(() => fixture.WithDbAsync(db => db.Set<InboxMessage>().AnyAsync(m => m.MessageId == late)), "the late update was handled");

        var row = await fixture.WithDbAsync(db => db.KnownVolunteers.AsNoTracking().SingleAsync(v => v.VolunteerId == volunteerId));
        Assert.Equal((true, null, "", ""), (row.Erased, row.Subject, row.DisplayName, row.Municipality));
    }
}
