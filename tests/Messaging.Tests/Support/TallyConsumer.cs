using Contracts.Offers;
using MassTransit;
using Messaging.Inbox;
using Microsoft.EntityFrameworkCore;

namespace Messaging.Tests.Support;

/// <summary>
/// Counts archived offers per offer id, and records the delivery order of versions. An offer id
/// starting with "ffffffff" makes it fail every time, to exercise retries and the error queue.
/// </summary>
public sealed class TallyConsumer(TestDbContext db) : IdempotentConsumer<OfferArchivedIntegrationEvent, TestDbContext>(db)
{
    public static readonly Guid PoisonPrefix = Guid.Parse("ffffffff-0000-0000-0000-000000000000");

    protected override async Task HandleAsync(OfferArchivedIntegrationEvent message, ConsumeContext<OfferArchivedIntegrationEvent> context)
    {
        if (message.OfferId.ToString().StartsWith("ffffffff", StringComparison.Ordinal))
        {
            throw new InvalidOperationException("poison message for the test");
        }

        var key = message.OfferId.ToString();
        var tally = await Db.Tallies.SingleOrDefaultAsync(t => t.Key == key, context.CancellationToken);
        if (tally is null)
        {
            Db.Tallies.Add(new Tally { Key = key, Count = 1 });
        }
        else
        {
            tally.Count++;
        }

        Db.Deliveries.Add(new Delivery { Version = message.Version });
    }
}
