using Contracts.Offers;
using MassTransit;
using Messaging.Inbox;
using Volunteers.Api.Infrastructure;

namespace Volunteers.Api.IntegrationEvents;

public sealed class OfferArchivedConsumer(VolunteersDbContext db)
    : IdempotentConsumer<OfferArchivedIntegrationEvent, VolunteersDbContext>(db)
{
    protected override Task HandleAsync(OfferArchivedIntegrationEvent message, ConsumeContext<OfferArchivedIntegrationEvent> context) =>
        OfferReadModel.ArchiveAsync(Db, message.OfferId, message.Version, message.OccurredAt, context.CancellationToken);
}
