using Contracts.Offers;
using Events.Api.Infrastructure;
using Events.Api.Model;
using MassTransit;
using Messaging.Inbox;

namespace Events.Api.IntegrationEvents;

/// <summary>Keeps the read model of published offers; a message older than what is stored is ignored.</summary>
internal static class OfferReadModel
{
    public static async Task ApplyAsync(EventsDbContext db, Guid offerId, long version, Action<KnownOffer> apply, Func<KnownOffer> create, CancellationToken cancellationToken)
    {
        var offer = await db.KnownOffers.FindAsync([offerId], cancellationToken);
        if (offer is null)
        {
            offer = create();
            db.KnownOffers.Add(offer);
        }
        else if (offer.Version >= version)
        {
            return;
        }

        apply(offer);
        offer.Version = version;
    }

    public static Task UpsertAsync(EventsDbContext db, OfferSnapshot snapshot, CancellationToken cancellationToken) =>
        ApplyAsync(db, snapshot.OfferId, snapshot.Version,
            offer => { offer.Title = snapshot.Title; offer.Municipality = snapshot.Municipality; offer.Archived = false; },
            () => new KnownOffer { OfferId = snapshot.OfferId, Title = snapshot.Title, Municipality = snapshot.Municipality },
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
        OfferReadModel.ApplyAsync(Db, message.OfferId, message.Version,
            offer => offer.Archived = true,
            () => new KnownOffer { OfferId = message.OfferId, Title = "", Municipality = "", Archived = true },
            context.CancellationToken);
}
