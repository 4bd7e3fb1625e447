using System.Diagnostics;
using System.Text.Json;
using MassTransit;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Npgsql;
using Persistence;

namespace Messaging.Outbox;

/// <summary>
/// Publishes pending outbox rows to RabbitMQ in commit order and marks them sent. While the
/// broker is away it keeps retrying with exponential back-off; a row stays pending until the
/// broker confirmed it, so a crash between commit and publish loses nothing (the row is sent on
/// the next start; a crash after publish but before marking sends it twice, and the consumers'
/// inbox absorbs the duplicate). One instance per database relays (<see cref="RelayLeadership"/>),
/// which keeps the order when a service runs more than one replica; the others stand by and take
/// over when its session ends. No transaction is held across a broker round trip: rows are read,
/// published, then marked sent one by one in short statements of their own.
/// </summary>
internal sealed class OutboxRelay<TDbContext>(
    IServiceScopeFactory scopes,
    IBusControl bus,
    OutboxSignal<TDbContext> signal,
    IOptions<OutboxRelayOptions> options,
    IHostEnvironment environment,
    ILogger<OutboxRelay<TDbContext>> logger) : BackgroundService
    where TDbContext : DbContext
{
    private readonly OutboxRelayOptions _options = options.Value;
    private readonly long _lockKey = AdvisoryLockKey.For(typeof(TDbContext).FullName!);

    /// <summary>The leadership sessions' connections, made on first use (the database's connection string comes from the DbContext).</summary>
    private NpgsqlDataSource? _sessions;

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        await WaitForBusAsync(stoppingToken);
        var backoff = _options.MinBackoff;
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await using var leadership = await TryLeadAsync(stoppingToken);
                if (leadership is null)
                {
                    await Task.Delay(_options.StandbyInterval, stoppingToken); // another instance relays this database
                    continue;
                }

                backoff = _options.MinBackoff;
                while (!stoppingToken.IsCancellationRequested)
                {
                    await leadership.ConfirmAsync(stoppingToken);
                    var published = await PublishPendingAsync(stoppingToken);
                    backoff = _options.MinBackoff;
                    if (published < _options.BatchSize)
                    {
                        await signal.WaitAsync(_options.PollInterval, stoppingToken);
                    }
                }
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception exception)
            {
                logger.LogWarning("Outbox relay for {Context} could not publish ({Error}); retrying in {Backoff}.",
                    typeof(TDbContext).Name, exception.GetType().Name, backoff);
                await Task.Delay(backoff, stoppingToken).ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
                backoff = TimeSpan.FromTicks(Math.Min(backoff.Ticks * 2, _options.MaxBackoff.Ticks));
            }
        }
    }

    /// <summary>
    /// Publishing only starts once the bus is up, so this service's own consumer queues and
    /// bindings exist before it sends anything (a message published to an exchange with no bound
    /// queue would be dropped by RabbitMQ).
    /// </summary>
    private async Task WaitForBusAsync(CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            using var wait = CancellationTokenSource.CreateLinkedTokenSource(stoppingToken);
            wait.CancelAfter(TimeSpan.FromSeconds(30));
            try
            {
                if (await bus.WaitForHealthStatus(BusHealthStatus.Healthy, wait.Token) == BusHealthStatus.Healthy)
                {
                    return;
                }
            }
            catch (OperationCanceledException) when (!stoppingToken.IsCancellationRequested)
            {
            }

            logger.LogWarning("Outbox relay for {Context} is waiting for the message broker.", typeof(TDbContext).Name);
        }
    }

    private async Task<RelayLeadership?> TryLeadAsync(CancellationToken cancellationToken)
    {
        if (_sessions is null)
        {
            await using var scope = scopes.CreateAsyncScope();
            var connection = (NpgsqlConnection)scope.ServiceProvider.GetRequiredService<TDbContext>().Database.GetDbConnection();
            _sessions = DataConventions.UnpooledDataSource(connection, $"{environment.ApplicationName} outbox relay");
        }

        return await RelayLeadership.TryAcquireAsync(_sessions, _lockKey, cancellationToken);
    }

    public override void Dispose()
    {
        _sessions?.Dispose();
        base.Dispose();
    }

    private async Task<int> PublishPendingAsync(CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var outbox = scope.ServiceProvider.GetRequiredService<TDbContext>().Set<OutboxMessage>();
        var pending = await outbox.AsNoTracking()
            .Where(m => m.SentAt == null)
            .OrderBy(m => m.Sequence)
            .Take(_options.BatchSize)
            .ToListAsync(cancellationToken);

        foreach (var message in pending)
        {
            // Under the trace of the operation that raised the event: the publish, the broker hop
            // and the consumers' work become part of that one trace.
            using (StartRelayActivity(message))
            {
                try
                {
                    await PublishAsync(message, cancellationToken);
                }
                catch (Exception exception) when (exception is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
                {
                    // Stop at the first failure: later rows must not overtake this one.
                    var error = exception.GetType().Name + ": " + Truncate(exception.Message, 1500);
                    await outbox.Where(m => m.Id == message.Id).ExecuteUpdateAsync(row => row
                        .SetProperty(m => m.Attempts, m => m.Attempts + 1)
                        .SetProperty(m => m.LastError, error), CancellationToken.None);
                    throw;
                }

                // Not cancellable: the broker has the message; forgetting that it was sent (a
                // shutdown right now) would send it again at the next start.
                var sentAt = DateTimeOffset.UtcNow;
                await outbox.Where(m => m.Id == message.Id).ExecuteUpdateAsync(row => row.SetProperty(m => m.SentAt, sentAt), CancellationToken.None);
            }
        }

        return pending.Count;
    }

    private async Task PublishAsync(OutboxMessage message, CancellationToken cancellationToken)
    {
        var type = IntegrationEventTypes.Resolve(message.MessageType);
        var payload = JsonSerializer.Deserialize(message.Payload, type, OutboxDbContextExtensions.PayloadJson)!;
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(_options.PublishTimeout);
        // Publisher confirms are on (MassTransit's default for RabbitMQ): this completes once the
        // broker has taken responsibility for the message.
        await bus.Publish(payload, type, Pipe.Execute<PublishContext>(context => context.MessageId = message.Id), timeout.Token);
    }

    private static Activity? StartRelayActivity(OutboxMessage message)
    {
        ActivityContext.TryParse(message.TraceParent, message.TraceState, isRemote: true, out var parent);
        var eventName = message.MessageType[(message.MessageType.LastIndexOf('.') + 1)..];
        var activity = MessagingTelemetry.Source.StartActivity($"outbox relay {eventName}", ActivityKind.Internal, parent);
        activity?.SetTag("messaging.message.id", message.Id.ToString());
        activity?.SetTag("outbox.sequence", message.Sequence);
        return activity;
    }

    private static string Truncate(string value, int length) => value.Length <= length ? value : value[..length];
}
