using System.Diagnostics;
using Xunit.Abstractions;

namespace EndToEnd.Faults;

/// <summary>
/// Issue 11, item 3: volunteers-api is SIGKILLed in the middle of a burst of 500 offer events.
/// Messages it had taken but not acknowledged are redelivered after its restart, and messages it
/// had committed but not acknowledged are dropped by its inbox: every message has one effect.
/// </summary>
[Collection(OperatedPlatformCollection.Name)]
public sealed class ConsumerCrashTests(OperatedPlatformFixture platform, ITestOutputHelper output)
{
    // 50 offers, each published once and changed 9 times: 500 events from 550 gateway calls.
    private const int Offers = 50;
    private const int UpdatesPerOffer = 9;
    private const int Messages = Offers * (1 + UpdatesPerOffer);

    [Fact]
    public async Task ConsumerKilled_InTheMiddleOfABurst_EveryMessageHasExactlyOneEffectAfterRestart()
    {
        await platform.EnsureWholeAsync();
        var ids = new System.Collections.Concurrent.ConcurrentBag<Guid>();
        await OperatedPlatformFixture.ForEachAsync(Enumerable.Range(0, Offers), 8, async i => ids.Add(await platform.CreateDraftOfferAsync($"consumer-crash {i}")));
        var burstStart = DateTime.UtcNow;
        var burst = OperatedPlatformFixture.ForEachAsync(ids, 8, async id =>
        {
            var etag = await platform.PublishOfferAsync(id);
            for (var update = 1; update <= UpdatesPerOffer; update++)
            {
                etag = await platform.UpdateOfferAsync(id, etag, $"consumer-crash update {update}");
            }
        });

        // The middle: Volunteers has handled some of the burst, not all of it.
        long handledAtKill = 0;
        await Eventually.HoldsAsync("volunteers-api handling the burst", async () =>
        {
            handledAtKill = await platform.CountAsync("volunteersdb", "SELECT count(*) FROM inbox_messages WHERE processed_at >= @since", ("since", burstStart));
            return handledAtKill >= Messages / 5;
        }, TimeSpan.FromSeconds(60), TimeSpan.FromMilliseconds(20));
        OperatedPlatformFixture.Kill("Volunteers.Api");
        await platform.WaitUntilNotRunningAsync("volunteers-api", TimeSpan.FromSeconds(15));
        var restartedIn = await platform.StartAgainAsync("volunteers-api", TimeSpan.FromSeconds(90));
        var restarted = Stopwatch.StartNew();
        await burst; // Offers was never touched: every call of the burst succeeded

        var delivery = new OfferDelivery(platform, [.. ids]);
        await delivery.ReadOffersAsync();
        try
        {
            await Eventually.HoldsAsync($"all {Messages} messages handled by both consumers", delivery.CompleteAsync, TimeSpan.FromSeconds(60), TimeSpan.FromMilliseconds(250));
        }
        catch (TimeoutException timeout)
        {
            throw new TimeoutException($"{timeout.Message} Killed after {handledAtKill} handled; now {await delivery.DescribeAsync()}", timeout);
        }
        output.WriteLine($"killed volunteers-api after it had handled {handledAtKill} of {Messages} messages; healthy again {restartedIn.TotalSeconds:0.0} s after resource-start; " +
                         $"everything handled {restarted.Elapsed.TotalSeconds:0.0} s after it was healthy");
        Assert.True(handledAtKill < Messages, "the kill came after the burst: nothing was in flight");
        await delivery.AssertExactlyOnceAsync(expectedMessages: Messages);
    }
}
