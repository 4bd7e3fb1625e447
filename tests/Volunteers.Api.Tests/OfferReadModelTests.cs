using TestInfrastructure;
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

        await Eventually.HoldsAsync("the expected state", () => fixture.QueryAsync(db =>
            db.KnownOffers.AnyAsync(o => o.OfferId == offer.OfferId && o.Title == "Sprachcafé" && o.Published && o.HelpersNeeded == 2)), TimeSpan.FromSeconds(10));
    }

    [Fact]
    public async Task OfferUpdated_SameMessageIdTwice_SecondIsDroppedByTheInbox()
    {
        // The second delivery carries a newer version under the same message id: the read model
        // alone would apply it; only the inbox knows the message was handled.
        using var duplicates = MeterRecorder.InboxDuplicates();
        var offer = TestData.Offer();
        await TestData.PublishOfferAsync(fixture, offer);
        var messageId = Guid.NewGuid();
        await TestData.PublishAsync(fixture, new OfferUpdatedIntegrationEvent(offer with { Version = 2, HelpersNeeded = 5 }, DateTimeOffset.UtcNow), messageId);
        await Eventually.HoldsAsync("the update handled", () => fixture.QueryAsync(db =>
            db.Set<Messaging.Inbox.InboxMessage>().AnyAsync(m => m.MessageId == messageId)), TimeSpan.FromSeconds(10));

        await TestData.PublishAsync(fixture, new OfferUpdatedIntegrationEvent(offer with { Version = 3, HelpersNeeded = 9 }, DateTimeOffset.UtcNow), messageId);
        await duplicates.WaitForAsync("OfferUpdatedConsumer");

        var stored = await fixture.QueryAsync(db => db.KnownOffers.AsNoTracking().SingleAsync(o => o.OfferId == offer.OfferId));
        Assert.Equal((5, 2L), (stored.HelpersNeeded, stored.Version));
    }

    [Fact]
    public async Task OfferUpdated_ManyVersionsAtOnce_EndsAtTheNewest()
    {
        // The consumer handles several messages at a time (and replicas compete for them): handled
        // side by side, the version guard alone would let an older write land last.
        var offer = TestData.Offer();
        var messages = Enumerable.Range(1, 100)
            .Select(version => new OfferUpdatedIntegrationEvent(offer with { Version = version, HelpersNeeded = version }, DateTimeOffset.UtcNow))
            .OrderBy(_ => Random.Shared.Next())
            .Select(update => (update, MessageId: Guid.NewGuid()))
            .ToList();

        await Task.WhenAll(messages.Select(m => TestData.PublishAsync(fixture, m.update, m.MessageId)));

        var ids = messages.Select(m => m.MessageId).ToList();
        await Eventually.HoldsAsync("all 100 updates handled", () => fixture.QueryAsync(async db =>
            await db.Set<Messaging.Inbox.InboxMessage>().CountAsync(m => ids.Contains(m.MessageId)) == 100), TimeSpan.FromSeconds(30));
        var stored = await fixture.QueryAsync(db => db.KnownOffers.AsNoTracking().SingleAsync(o => o.OfferId == offer.OfferId));
        Assert.Equal((100, 100L), (stored.HelpersNeeded, stored.Version));
    }

    [Fact]
    public async Task OfferUpdated_OlderVersionAfterNewer_ChangesNothing()
    {
        var offer = TestData.Offer();
        await TestData.PublishOfferAsync(fixture, offer with { Version = 3, Title = "Neu" });

        var staleId = Guid.NewGuid();
        await TestData.PublishAsync(fixture, new OfferUpdatedIntegrationEvent(offer with { Version = 2, Title = "Alt" }, DateTimeOffset.UtcNow), staleId);

        await Eventually.HoldsAsync("the expected state", () => fixture.QueryAsync(db =>
            db.Set<Messaging.Inbox.InboxMessage>().AnyAsync(m => m.MessageId == staleId)), TimeSpan.FromSeconds(10));
        var stored = await fixture.QueryAsync(db => db.KnownOffers.AsNoTracking().SingleAsync(o => o.OfferId == offer.OfferId));
        Assert.Equal(("Neu", 3L), (stored.Title, stored.Version));
    }

    [Fact]
    public async Task OfferArchived_BeforeItsPublish_PublishArrivingLateDoesNotResurrect()
    {
        var offer = TestData.Offer();
        var archiveId = Guid.NewGuid();
        await TestData.PublishAsync(fixture, new OfferArchivedIntegrationEvent(offer.OfferId, 2, DateTimeOffset.UtcNow), archiveId);
        await Eventually.HoldsAsync("the expected state", () => fixture.QueryAsync(db =>
            db.Set<Messaging.Inbox.InboxMessage>().AnyAsync(m => m.MessageId == archiveId)), TimeSpan.FromSeconds(10));

        var publishId = Guid.NewGuid();
        await TestData.PublishAsync(fixture, new OfferPublishedIntegrationEvent(offer with { Version = 1 }, DateTimeOffset.UtcNow), publishId);

        await Eventually.HoldsAsync("the expected state", () => fixture.QueryAsync(db =>
            db.Set<Messaging.Inbox.InboxMessage>().AnyAsync(m => m.MessageId == publishId)), TimeSpan.FromSeconds(10));
        var stored = await fixture.QueryAsync(db => db.KnownOffers.AsNoTracking().SingleAsync(o => o.OfferId == offer.OfferId));
        Assert.False(stored.Published);
    }

    [Fact]
    public async Task OfferArchived_AfterPublish_MarksOfferNotPublished()
    {
        var offer = TestData.Offer();
        await TestData.PublishOfferAsync(fixture, offer);

        await TestData.PublishAsync(fixture, new OfferArchivedIntegrationEvent(offer.OfferId, 2, DateTimeOffset.UtcNow));

        await Eventually.HoldsAsync("the expected state", () => fixture.QueryAsync(db =>
            db.KnownOffers.AnyAsync(o => o.OfferId == offer.OfferId && !o.Published && o.Version == 2)), TimeSpan.FromSeconds(10));
    }
}
