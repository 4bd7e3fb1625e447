using Contracts.Offers;
using LocalInfrastructure;
using Messaging.Outbox;
using Messaging.Tests.Support;
using Microsoft.EntityFrameworkCore;
using TestInfrastructure;

namespace Messaging.Tests;

/// <summary>
/// Uses a broker of its own: stopping the shared one would break the other test classes.
/// </summary>
public sealed class BrokerOutageTests(PostgresDatabaseFixture database) : IClassFixture<PostgresDatabaseFixture>, IAsyncLifetime
{
    private readonly string _brokerFolder = TestServers.NewDirectory("outage");
    private RabbitMqServer _broker = null!;

    public async Task InitializeAsync() =>
        _broker = await RabbitMqServer.StartAsync(new RabbitMqServerOptions { DataDirectory = _brokerFolder });

    public async Task DisposeAsync()
    {
        await _broker.DisposeAsync();
        TryDelete(_brokerFolder);
    }

    [Fact]
    public async Task Relay_EventCommittedWhileBrokerIsDown_IsDeliveredWhenBrokerReturns()
    {
        using var host = MessagingHost.Create(database.ConnectionString, _broker.GetAmqpUri());
        await host.StartAndWaitForBusAsync();
        var offerId = Guid.NewGuid();
        // A first event makes sure the consumer's queue exists before the outage.
        var warmUp = Guid.NewGuid();
        await host.WithDbAsync(async db =>
        {
            db.AddIntegrationEvent(new OfferArchivedIntegrationEvent(warmUp, 1, DateTimeOffset.UtcNow));
            return await db.SaveChangesAsync();
        });
        await Eventually.HoldsAsync("the warm-up event was consumed", () => host.WithDbAsync(db => db.Tallies.AnyAsync(t => t.Key == warmUp.ToString())), TimeSpan.FromSeconds(30));

        await _broker.StopAsync();
        await host.WithDbAsync(async db =>
        {
            db.AddIntegrationEvent(new OfferArchivedIntegrationEvent(offerId, 1, DateTimeOffset.UtcNow));
            return await db.SaveChangesAsync();
        });
        // The relay tries while the broker is away: the row records the failed attempt and stays
        // pending. All the while (a publish waits up to its timeout) no transaction is left open.
        var openTransactions = 0;
        await Eventually.HoldsAsync("the relay tried to publish while the broker was down", () => host.WithDbAsync(async db =>
        {
            openTransactions = Math.Max(openTransactions, await IdleInTransactionAsync(db));
            return (await OutboxRowAsync(db, offerId)).Attempts > 0;
        }), TimeSpan.FromSeconds(30), TimeSpan.FromMilliseconds(50));
        var whileDown = await host.WithDbAsync(db => OutboxRowAsync(db, offerId));
        Assert.Null(whileDown.SentAt);
        Assert.Equal(0, openTransactions);

        await _broker.RestartAsync();

        await Eventually.HoldsAsync("the event committed during the outage was consumed", () => host.WithDbAsync(db => db.Tallies.AnyAsync(t => t.Key == offerId.ToString())), TimeSpan.FromSeconds(60));
        await host.StopAsync();
    }

    [Fact]
    public async Task Relay_EventCommittedByAProcessThatDiedBeforePublishing_IsSentByTheNextStart()
    {
        var offerId = Guid.NewGuid();
        // The first host commits but never runs its relay: as if it died right after the commit.
        using (var crashed = MessagingHost.Create(database.ConnectionString, _broker.GetAmqpUri(), "outage-crashed"))
        {
            await crashed.WithDbAsync(async db =>
            {
                await db.Database.EnsureCreatedAsync();
                db.AddIntegrationEvent(new OfferArchivedIntegrationEvent(offerId, 1, DateTimeOffset.UtcNow));
                return await db.SaveChangesAsync();
            });
        }

        using var restarted = MessagingHost.Create(database.ConnectionString, _broker.GetAmqpUri(), "outage-crashed");
        await restarted.StartAndWaitForBusAsync();
        await Eventually.HoldsAsync("the event left behind was sent and consumed", () => restarted.WithDbAsync(db => db.Tallies.AnyAsync(t => t.Key == offerId.ToString())), TimeSpan.FromSeconds(30));
        await restarted.StopAsync();
    }

    private static void TryDelete(string folder)
    {
        try
        {
            Directory.Delete(folder, recursive: true);
        }
        catch (IOException)
        {
        }
        catch (UnauthorizedAccessException)
        {
        }
    }

    private static Task<int> IdleInTransactionAsync(TestDbContext db) =>
        db.Database.SqlQuery<int>($"SELECT count(*)::int AS \"Value\" FROM pg_stat_activity WHERE datname = current_database() AND state LIKE 'idle in transaction%'").SingleAsync();

    // The payload is jsonb: filter the few rows of this test in memory.
    private static async Task<OutboxMessage> OutboxRowAsync(TestDbContext db, Guid offerId) =>
        (await db.Set<OutboxMessage>().AsNoTracking().ToListAsync()).Single(m => m.Payload.Contains(offerId.ToString(), StringComparison.Ordinal));
}
