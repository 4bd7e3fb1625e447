using Messaging.Inbox;
using Messaging.Outbox;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Messaging;

/// <summary>Configuration section <c>Messaging:Retention</c>.</summary>
public sealed class MessageRetentionOptions
{
    public const string SectionName = "Messaging:Retention";

    /// <summary>How long a sent outbox row is kept (for diagnosis) before it is deleted.</summary>
    public TimeSpan SentOutbox { get; set; } = TimeSpan.FromDays(7);

    /// <summary>
    /// How long a consumer remembers a handled message. A redelivery older than this would be
    /// handled again, so keep it far above the broker's redelivery window (minutes); the read
    /// models' version guard absorbs even that.
    /// </summary>
    public TimeSpan Inbox { get; set; } = TimeSpan.FromDays(7);

    public TimeSpan CleanupInterval { get; set; } = TimeSpan.FromHours(1);
}

/// <summary>
/// Deletes sent outbox rows and inbox rows past their retention, so neither table grows without
/// bound and payloads (which may name people) do not outlive their purpose. Every instance may
/// run it: the deletes are idempotent.
/// </summary>
internal sealed class MessageRetention<TDbContext>(
    IServiceScopeFactory scopes,
    IOptions<MessageRetentionOptions> options,
    TimeProvider time,
    ILogger<MessageRetention<TDbContext>> logger) : BackgroundService
    where TDbContext : DbContext
{
    private readonly MessageRetentionOptions _options = options.Value;

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(_options.CleanupInterval, time);
        do
        {
            try
            {
                await DeleteExpiredAsync(stoppingToken);
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception exception)
            {
                logger.LogWarning("Message retention for {Context} could not run ({Error}); next try in {Interval}.",
                    typeof(TDbContext).Name, exception.GetType().Name, _options.CleanupInterval);
            }
        }
        while (await timer.WaitForNextTickAsync(stoppingToken).AsTask().ContinueWith(tick => !tick.IsCanceled && tick.Result, TaskScheduler.Default));
    }

    internal async Task DeleteExpiredAsync(CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<TDbContext>();
        var now = time.GetUtcNow();
        var outboxBefore = now - _options.SentOutbox;
        var inboxBefore = now - _options.Inbox;
        var outbox = await db.Set<OutboxMessage>().Where(m => m.SentAt != null && m.SentAt < outboxBefore).ExecuteDeleteAsync(cancellationToken);
        var inbox = await db.Set<InboxMessage>().Where(m => m.ProcessedAt < inboxBefore).ExecuteDeleteAsync(cancellationToken);
        if (outbox + inbox > 0)
        {
            logger.LogInformation("Message retention for {Context}: deleted {Outbox} sent outbox rows and {Inbox} inbox rows.",
                typeof(TDbContext).Name, outbox, inbox);
        }
    }
}
