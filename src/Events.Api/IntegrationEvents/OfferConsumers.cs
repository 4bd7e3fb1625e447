using Contracts.Offers;
using Events.Api.Infrastructure;
using Events.Api.Model;
using MassTransit;
using Messaging.Inbox;
using Messaging.ReadModels;

namespace Events.Api.IntegrationEvents;

/// <summary>Keeps <see cref="KnownOffer"/> (newer versions only; see <see cref="ReadModel"/>).</summary>
internal static class OfferReadModel
{
    public static Task ApplyAsync(EventsDbContext db, Guid offerId, long version, Action<KnownOffer> apply, CancellationToken cancellationToken) =>
        db.KnownOffers.ApplyIfNewerAsync(offerId, version, () => new KnownOffer { OfferId = offerId }, apply, cancellationToken);

    public static Task UpsertAsync(EventsDbContext db, OfferSnapshot snapshot, CancellationToken cancellationToken) =>
        ApplyAsync(db, snapshot.OfferId, snapshot.Version,
            offer => { offer.Title = snapshot.Title; offer.Municipality = snapshot.Municipality; offer.Archived = false; },
            cancellationToken);
}

public sealed class OfferPublishedConsumer(EventsDbContext db) : IdempotentConsumer<OfferPublishedIntegrationEvent, EventsDbContext>(db)
{
    protected override Task HandleAsync(OfferPublishedIntegrationEvent message, ConsumeContext<OfferPublishedIntegrationEvent> context) =>
        OfferReadModel.UpsertAsync(Db, message.Offer, context.CancellationToken);
}

public sealed class OfferUpdatedConsumer(EventsDbContext db) : IdempotentConsumer<OfferUpdatedIntegrationEvent, EventsDbContext>(db)
{
    protected override Task HandleAsync(OfferUpdatedIntegrationEvent message, ConsumeContext<OfferUpdatedIntegrationEvent> context) =>
        OfferReadModel.UpsertAsync(Db, message.Offer, context.CancellationToken);
}

public sealed class OfferArchivedConsumer(EventsDbContext db) : IdempotentConsumer<OfferArchivedIntegrationEvent, EventsDbContext>(db)
{
    protected override Task HandleAsync(OfferArchivedIntegrationEvent message, ConsumeContext<OfferArchivedIntegrationEvent> context) =>
        OfferReadModel.ApplyAsync(Db, message.OfferId, message.Version, offer => offer.Archived = true, context.CancellationToken);
}
