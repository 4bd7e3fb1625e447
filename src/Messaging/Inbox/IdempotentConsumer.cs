using MassTransit;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Messaging.Inbox;

/// <summary>
/// Base for consumers whose effect lands in the service's database. The handler's changes, any
/// integration events it adds to the outbox, and the inbox row (MessageId, consumer) commit in
/// one transaction, so a redelivered or re-sent message has no second effect. If the handler
/// throws, nothing is committed and MassTransit retries, then moves the message to the
/// <c>_error</c> queue: nothing disappears silently.
/// </summary>
public abstract class IdempotentConsumer<TMessage, TDbContext>(TDbContext db) : IConsumer<TMessage>
    where TMessage : class
    where TDbContext : DbContext
{
    /// <summary>One category for every consumer's inbox, so operators can turn its debug lines on at once.</summary>
    public const string LogCategory = "Messaging.Inbox";

    protected TDbContext Db { get; } = db;

    /// <summary>The consumer's name in the inbox; stable across deployments.</summary>
    protected virtual string ConsumerName => GetType().Name;

    public async Task Consume(ConsumeContext<TMessage> context)
    {
        var messageId = context.MessageId
            ?? throw new InvalidOperationException($"{typeof(TMessage).Name} arrived without a MessageId; it cannot be deduplicated.");
        var cancellationToken = context.CancellationToken;

        await using var transaction = await Db.Database.BeginTransactionAsync(cancellationToken);
        var alreadyHandled = await Db.Set<InboxMessage>()
            .AnyAsync(m => m.MessageId == messageId && m.Consumer == ConsumerName, cancellationToken);
        if (alreadyHandled)
        {
            // A redelivery (a retry after a lost ack, a re-sent outbox row): expected under faults,
            // so debug, not a warning; the counter shows how often.
            MessagingTelemetry.InboxDuplicates.Add(1, new KeyValuePair<string, object?>("consumer", ConsumerName));
            if (context.TryGetPayload<IServiceProvider>(out var services))
            {
                services.GetService<ILoggerFactory>()?.CreateLogger(LogCategory)
                    .LogDebug("Dropped {MessageType} {MessageId}: {Consumer} handled it already.", typeof(TMessage).Name, messageId, ConsumerName);
            }

            return;
        }

        await HandleAsync(context.Message, context);
        Db.Set<InboxMessage>().Add(new InboxMessage
        {
            MessageId = messageId,
            Consumer = ConsumerName,
            ProcessedAt = DateTimeOffset.UtcNow,
        });
        // A concurrent duplicate fails here on the primary key and is retried; the retry then
        // finds the inbox row and does nothing.
        await Db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
    }

    /// <summary>Applies the message to <see cref="Db"/>; do not call SaveChanges.</summary>
    protected abstract Task HandleAsync(TMessage message, ConsumeContext<TMessage> context);
}
