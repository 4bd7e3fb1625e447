using Contracts.Offers;
using MassTransit;
using Messaging.Inbox;
using Volunteers.Api.Infrastructure;

namespace Volunteers.Api.IntegrationEvents;

public sealed class OfferUpdatedConsumer(VolunteersDbContext db)
    : IdempotentConsumer<OfferUpdatedIntegrationEvent, VolunteersDbContext>(db)
{
    protected override Task HandleAsync(OfferUpdatedIntegrationEvent message, ConsumeContext<OfferUpdatedIntegrationEvent> context) =>
        OfferReadModel.ApplySnapshotAsync(Db, message.Offer, message.OccurredAt, context.CancellationToken);
}
