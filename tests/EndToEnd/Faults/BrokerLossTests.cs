using System.Diagnostics;
using Xunit.Abstractions;

namespace EndToEnd.Faults;

/// <summary>
/// Issue 11, item 2: RabbitMQ dies (SIGKILL of beam.smp) while offers are published. The API
/// keeps answering because the outbox holds the events; once the broker is back, the relay
/// delivers every event and each consumer applies each exactly once.
/// </summary>
[Collection(OperatedPlatformCollection.Name)]
public sealed class BrokerLossTests(OperatedPlatformFixture platform, ITestOutputHelper output)
{
    // 200 offers = 400 gateway calls (create + publish) and 200 events for two consumers each.
    private const int Offers = 200;

    [Fact]
    public async Task BrokerKilled_WhileOffersArePublished_EveryCallSucceedsAndEveryEventArrivesOnceAfterRestart()
    {
        await platform.EnsureWholeAsync();
        var since = DateTime.UtcNow;
        OperatedPlatformFixture.Kill("beam.smp");
        await platform.WaitUntilNotRunningAsync("messaging", TimeSpan.FromSeconds(15));

        var ids = new System.Collections.Concurrent.ConcurrentBag<Guid>();
        var publishing = Stopwatch.StartNew();
        await OperatedPlatformFixture.ForEachAsync(Enumerable.Range(0, Offers), 8, async i =>
        {
            var id = await platform.CreateDraftOfferAsync($"broker-loss {i}");
            await platform.PublishOfferAsync(id); // throws unless 200: no call may fail while the broker is away
            ids.Add(id);
        });
        publishing.Stop();
        var delivery = new OfferDelivery(platform, [.. ids]);
        await delivery.ReadOffersAsync();
        // Nothing can have left: the broker is dead, so every event is still in the outbox.
        Assert.Equal(Offers, await delivery.PendingInOutboxAsync());

        var restart = Stopwatch.StartNew();
        var brokerBack = await platform.StartAgainAsync("messaging", TimeSpan.FromSeconds(60));
        await Eventually.HoldsAsync($"all {Offers} offers in both read models", delivery.CompleteAsync, TimeSpan.FromSeconds(60), TimeSpan.FromMilliseconds(250));
        var delivered = restart.Elapsed;

        await delivery.AssertExactlyOnceAsync(expectedMessages: Offers);
        Assert.Equal(0, await delivery.PendingInOutboxAsync());
        output.WriteLine($"{Offers} offers created and published ({2 * Offers} calls) with the broker dead in {publishing.Elapsed.TotalSeconds:0.0} s; " +
                         $"broker healthy {brokerBack.TotalSeconds:0.0} s after resource-start; all delivered {delivered.TotalSeconds:0.0} s after resource-start");
        await platform.EnsureWholeAsync();
        var errors = platform.ServiceErrorsSince(since);
        Assert.True(errors.Count == 0, "error-level logs for an expected broker loss:\n" + string.Join('\n', errors.Take(20)));
    }
}
