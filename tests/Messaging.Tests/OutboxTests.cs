using Contracts.Offers;
using Messaging.Outbox;
using Messaging.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Hosting;
using TestInfrastructure;

namespace Messaging.Tests;

public sealed class OutboxTests : IClassFixture<PostgresDatabaseFixture>, IClassFixture<RabbitMqVirtualHostFixture>, IAsyncLifetime
{
    private readonly IHost _host;

    public OutboxTests(PostgresDatabaseFixture database, RabbitMqVirtualHostFixture virtualHost) =>
        _host = MessagingHost.Create(database.ConnectionString, virtualHost.AmqpUri);

    public Task InitializeAsync() => _host.StartAndWaitForBusAsync();

    public async Task DisposeAsync()
    {
        await _host.StopAsync();
        _host.Dispose();
    }

    [Fact]
    public async Task SaveChanges_WhenStateChangeFails_StoresNoEvent()
    {
        var offerId = Guid.NewGuid();
        await _host.WithDbAsync(async db =>
        {
            db.Tallies.Add(new Tally { Key = "duplicate-" + offerId, Count = 1 });
            await db.SaveChangesAsync();
            return 0;
        });

        var failed = await _host.WithDbAsync(async db =>
        {
            db.Tallies.Add(new Tally { Key = "duplicate-" + offerId, Count = 1 }); // violates the key
            db.AddIntegrationEvent(new OfferArchivedIntegrationEvent(offerId, 1, DateTimeOffset.UtcNow));
            return await Record.ExceptionAsync(() => db.SaveChangesAsync());
        });

        Assert.IsType<DbUpdateException>(failed);
        var stored = await _host.WithDbAsync(db => PendingOrSentAsync(db, offerId, m => true));
        Assert.Equal(0, stored);
    }

    [Fact]
    public async Task SaveChanges_WithEvent_IsPublishedAndConsumedOnce()
    {
        var offerId = Guid.NewGuid();
        await _host.WithDbAsync(async db =>
        {
            db.AddIntegrationEvent(new OfferArchivedIntegrationEvent(offerId, 1, DateTimeOffset.UtcNow));
            return await db.SaveChangesAsync();
        });

        await Eventually.HoldsAsync("the consumer saw the event", () => _host.WithDbAsync(db => db.Tallies.AnyAsync(t => t.Key == offerId.ToString())), TimeSpan.FromSeconds(20));
        var sent = await _host.WithDbAsync(db => OutboxRowAsync(db, offerId));
        Assert.NotNull(sent.SentAt);
        Assert.Equal(1, await _host.WithDbAsync(db => db.Tallies.Where(t => t.Key == offerId.ToString()).Select(t => t.Count).SingleAsync()));
    }

    [Fact]
    public async Task Relay_ManyEventsCommittedInOrder_PublishesThemInCommitOrder()
    {
        var offerId = Guid.NewGuid();
        for (var version = 1; version <= 15; version++)
        {
            var v = version;
            await _host.WithDbAsync(async db =>
            {
                db.AddIntegrationEvent(new OfferArchivedIntegrationEvent(offerId, v, DateTimeOffset.UtcNow));
                return await db.SaveChangesAsync();
            });
        }

        await Eventually.HoldsAsync("all 15 events were consumed", () => _host.WithDbAsync(async db => (await db.Tallies.SingleOrDefaultAsync(t => t.Key == offerId.ToString()))?.Count == 15), TimeSpan.FromSeconds(30));
        var versions = await _host.WithDbAsync(db => db.Deliveries.Where(d => d.Version <= 15)
            .OrderBy(d => d.Number).Select(d => d.Version).ToListAsync());
        var ofThisOffer = versions.TakeLast(15).ToList();
        Assert.Equal(Enumerable.Range(1, 15).Select(v => (long)v), ofThisOffer);
    }

    // The payload is jsonb: filter the few rows of this test in memory.
    private static async Task<OutboxMessage> OutboxRowAsync(TestDbContext db, Guid offerId) =>
        (await db.Set<OutboxMessage>().AsNoTracking().ToListAsync()).Single(m => m.Payload.Contains(offerId.ToString(), StringComparison.Ordinal));

    private static async Task<int> PendingOrSentAsync(TestDbContext db, Guid offerId, Func<OutboxMessage, bool> predicate) =>
        (await db.Set<OutboxMessage>().AsNoTracking().ToListAsync()).Count(m => m.Payload.Contains(offerId.ToString(), StringComparison.Ordinal) && predicate(m));
}
