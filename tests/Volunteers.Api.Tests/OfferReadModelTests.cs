using Contracts.Offers;
using Microsoft.EntityFrameworkCore;

namespace Volunteers.Api.Tests;

/// <summary>Offer events published over the real broker into the service's read model.</summary>
[Collection(VolunteersCollection.Name)]
public sealed class OfferReadModelTests(VolunteersFixture fixture)
{
    [Fact]
    public async Task OfferPublished_OverBroker_AddsReadModelRow()
    {
        var offer = TestData.Offer(title: "Sprachcafé");

        await TestData.PublishAsync(fixture, new OfferPublishedIntegrationEvent(offer, DateTimeOffset.UtcNow));

        Assert.True(await VolunteersFixture.EventuallyAsync(() => fixture.QueryAsync(db =>
            db.KnownOffers.AnyAsync(o => o.OfferId == offer.OfferId && o.Title == "Sprachcafé" && o.Published && o.HelpersNeeded == 2))));
    }

    [Fact]
    public async Task OfferUpdated_SameMessageIdDeliveredTwice_HasOneEffect()
    {
        var offer = TestData.Offer();
        await TestData.PublishOfferAsync(fixture, offer);
        var messageId = Guid.NewGuid();
        var update = new OfferUpdatedIntegrationEvent(offer with { Version = 2, HelpersNeeded = 5 }, DateTimeOffset.UtcNow);

        await TestData.PublishAsync(fixture, update, messageId);
        await TestData.PublishAsync(fixture, update, messageId);

        Assert.True(await VolunteersFixture.EventuallyAsync(() => fixture.QueryAsync(db =>
            db.Set<Messaging.Inbox.InboxMessage>().AnyAsync(m => m.MessageId == messageId))));
        await Task.Delay(500); // give the duplicate its chance to do harm
        var inboxRows = await fixture.QueryAsync(db => db.Set<Messaging.Inbox.InboxMessage>().CountAsync(m => m.MessageId == messageId));
        Assert.Equal(1, inboxRows);
        Assert.Equal(5, (await fixture.QueryAsync(db => db.KnownOffers.AsNoTracking().SingleAsync(o => o.OfferId == offer.OfferId))).HelpersNeeded);
    }

    [Fact]
    public async Task OfferUpdated_OlderVersionAfterNewer_ChangesNothing()
    {
        var offer = TestData.Offer();
        await TestData.PublishOfferAsync(fixture, offer with { Version = 3, Title = "Neu" });

        var staleId = Guid.NewGuid();
        await TestData.PublishAsync(fixture, new OfferUpdatedIntegrationEvent(offer with { Version = 2, Title = "Alt" }, DateTimeOffset.UtcNow), staleId);

        Assert.True(await VolunteersFixture.EventuallyAsync(() => fixture.QueryAsync(db =>
            db.Set<Messaging.Inbox.InboxMessage>().AnyAsync(m => m.MessageId == staleId))));
        var stored = await fixture.QueryAsync(db => db.KnownOffers.AsNoTracking().SingleAsync(o => o.OfferId == offer.OfferId));
        Assert.Equal(("Neu", 3L), (stored.Title, stored.Version));
    }

    [Fact]
    public async Task OfferArchived_BeforeItsPublish_PublishArrivingLateDoesNotResurrect()
    {
        var offer = TestData.Offer();
        var archiveId = Guid.NewGuid();
        await TestData.PublishAsync(fixture, new OfferArchivedIntegrationEvent(offer.OfferId, 2, DateTimeOffset.UtcNow), archiveId);
        Assert.True(await VolunteersFixture.EventuallyAsync(() => fixture.QueryAsync(db =>
            db.Set<Messaging.Inbox.InboxMessage>().AnyAsync(m => m.MessageId == archiveId))));

        var publishId = Guid.NewGuid();
        await TestData.PublishAsync(fixture, new OfferPublishedIntegrationEvent(offer with { Version = 1 }, DateTimeOffset.UtcNow), publishId);

        Assert.True(await VolunteersFixture.EventuallyAsync(() => fixture.QueryAsync(db =>
            db.Set<Messaging.Inbox.InboxMessage>().AnyAsync(m => m.MessageId == publishId))));
        var stored = await fixture.QueryAsync(db => db.KnownOffers.AsNoTracking().SingleAsync(o => o.OfferId == offer.OfferId));
        Assert.False(stored.Published);
    }

    [Fact]
    public async Task OfferArchived_AfterPublish_MarksOfferNotPublished()
    {
        var offer = TestData.Offer();
        await TestData.PublishOfferAsync(fixture, offer);

        await TestData.PublishAsync(fixture, new OfferArchivedIntegrationEvent(offer.OfferId, 2, DateTimeOffset.UtcNow));

        Assert.True(await VolunteersFixture.EventuallyAsync(() => fixture.QueryAsync(db =>
            db.KnownOffers.AnyAsync(o => o.OfferId == offer.OfferId && !o.Published && o.Version == 2))));
    }
}
