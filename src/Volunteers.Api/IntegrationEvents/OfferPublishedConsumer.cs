using Contracts.Offers;
using MassTransit;
using Messaging.Inbox;
using Volunteers.Api.Infrastructure;

namespace Volunteers.Api.IntegrationEvents;

public sealed class OfferPublishedConsumer(VolunteersDbContext db)
    : IdempotentConsumer<OfferPublishedIntegrationEvent, VolunteersDbContext>(db)
{
    protected override Task HandleAsync(OfferPublishedIntegrationEvent message, ConsumeContext<OfferPublishedIntegrationEvent> context) =>
        OfferReadModel.ApplySnapshotAsync(Db, message.Offer, message.OccurredAt, context.CancellationToken);
}
