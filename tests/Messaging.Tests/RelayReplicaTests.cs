using Contracts.Offers;
using Messaging.Outbox;
using Messaging.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Hosting;
using TestInfrastructure;

namespace Messaging.Tests;

/// <summary>
/// Two instances of one service on one database, as <c>WithReplicas(2)</c> runs them: one relay
/// publishes, in commit order, each row once; when it stops, the other takes over. Only the first
/// consumes (one message at a time), so the order it sees is the order the relay published in;
/// competing consumers of two replicas handle messages concurrently, which the read models' version
/// guard is for.
/// Alone in its collection: the duplicate counter is process-wide, and the inbox tests make duplicates.
/// </summary>
[Collection(RelayReplicaTests.Alone)]
public sealed class RelayReplicaTests(PostgresDatabaseFixture database, RabbitMqVirtualHostFixture virtualHost)
    : IClassFixture<PostgresDatabaseFixture>, IClassFixture<RabbitMqVirtualHostFixture>
{
    public const string Alone = "relay replicas, not in parallel";

    [Fact]
    public async Task Relay_TwoReplicasCommitting_PublishesEveryRowOnceInCommitOrder()
    {
        using var duplicates = MeterRecorder.InboxDuplicates();
        using var first = MessagingHost.Create(database.ConnectionString, virtualHost.AmqpUri, "replicas");
        using var second = MessagingHost.Create(database.ConnectionString, virtualHost.AmqpUri, "replicas", consumes: false);
        await Task.WhenAll(first.StartAndWaitForBusAsync(), second.StartAndWaitForBusAsync());
        var offerId = Guid.NewGuid();

        for (var version = 1; version <= 40; version++)
        {
            var v = version;
            await (v % 2 == 0 ? first : second).WithDbAsync(async db =>
            {
                db.AddIntegrationEvent(new OfferArchivedIntegrationEvent(offerId, v, DateTimeOffset.UtcNow));
                return await db.SaveChangesAsync();
            });
        }

        await Eventually.HoldsAsync("all 40 events were consumed", () => first.WithDbAsync(async db =>
            (await db.Tallies.SingleOrDefaultAsync(t => t.Key == offerId.ToString()))?.Count == 40), TimeSpan.FromSeconds(30));
        // Had both relays published, rows would have gone out twice (the inbox drops them and counts)
        // and interleaved out of order.
        Assert.Empty(duplicates.Values);
        var versions = await first.WithDbAsync(db => db.Deliveries.OrderBy(d => d.Number).Select(d => d.Version).ToListAsync());
        Assert.Equal(Enumerable.Range(1, 40).Select(v => (long)v), versions.TakeLast(40));

        await Task.WhenAll(first.StopAsync(), second.StopAsync());
    }

    [Fact]
    public async Task Relay_TheRelayingReplicaStops_TheOtherTakesOver()
    {
        using var first = MessagingHost.Create(database.ConnectionString, virtualHost.AmqpUri, "takeover");
        using var second = MessagingHost.Create(database.ConnectionString, virtualHost.AmqpUri, "takeover", consumes: false);
        await first.StartAndWaitForBusAsync();
        var before = Guid.NewGuid();
        await CommitAsync(first, before);
        await Eventually.HoldsAsync("the first replica relays", () => first.WithDbAsync(db => db.Tallies.AnyAsync(t => t.Key == before.ToString())), TimeSpan.FromSeconds(30));
        await second.StartAndWaitForBusAsync();

        // The first (relaying and consuming) stops; the row of the next commit is sent all the same.
        await first.StopAsync();
        var after = Guid.NewGuid();
        await CommitAsync(second, after);

        await Eventually.HoldsAsync("the second replica took over relaying", () => second.WithDbAsync(async db =>
            (await db.Set<OutboxMessage>().AsNoTracking().SingleAsync(m => EF.Functions.JsonContains(m.Payload, $$"""{"offerId":"{{after}}"}"""))).SentAt is not null),
            TimeSpan.FromSeconds(30));
        await second.StopAsync();
    }

    private static Task<int> CommitAsync(IHost host, Guid offerId) => host.WithDbAsync(async db =>
    {
        db.AddIntegrationEvent(new OfferArchivedIntegrationEvent(offerId, 1, DateTimeOffset.UtcNow));
        return await db.SaveChangesAsync();
    });
}

[CollectionDefinition(RelayReplicaTests.Alone, DisableParallelization = true)]
public sealed class RelayReplicaCollection;
