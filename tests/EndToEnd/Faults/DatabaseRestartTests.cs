using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Xunit.Abstractions;

namespace EndToEnd.Faults;

/// <summary>
/// Issue 11, item 4: PostgreSQL crashes (SIGKILL of the postmaster and every backend, so it
/// recovers from its WAL on the next start) while offers are being created. Every service says
/// so on /health within 5 s, recovers without a restart once the server is back, no request hangs
/// past the gateway's 30 s timeout, and no offer whose creation was acknowledged is lost.
/// </summary>
[Collection(OperatedPlatformCollection.Name)]
public sealed class DatabaseRestartTests(OperatedPlatformFixture platform, ITestOutputHelper output)
{
    private const int Writers = 4;
    private static readonly TimeSpan UnhealthyWithin = TimeSpan.FromSeconds(5);
    private static readonly TimeSpan RequestTimeout = TimeSpan.FromSeconds(30); // the gateway's ActivityTimeout

    [Fact]
    public async Task DatabaseKilledUnderLoad_ServicesReportItAndRecover_NoRequestHangsAndNoAcknowledgedWriteIsLost()
    {
        await platform.EnsureWholeAsync();
        using var stop = new CancellationTokenSource();
        var acknowledged = new ConcurrentBag<Guid>();
        var outcomes = new ConcurrentBag<(int Status, TimeSpan Took)>();
        var writers = Enumerable.Range(0, Writers).Select(w => WriteUntilStoppedAsync(w, acknowledged, outcomes, stop.Token)).ToArray();
        await Eventually.HoldsAsync("offers being written", () => acknowledged.Count >= 20, TimeSpan.FromSeconds(30));

        var killedAt = Stopwatch.StartNew();
        OperatedPlatformFixture.Kill("postgres");
        var unhealthy = await Task.WhenAll(OperatedPlatformFixture.Services.Select(service => TimeUntilHealthAsync(service, healthy: false, UnhealthyWithin + TimeSpan.FromSeconds(10))));
        await platform.WaitUntilNotRunningAsync("postgres", TimeSpan.FromSeconds(15));
        var down = killedAt.Elapsed;

        var postgresBack = await platform.StartAgainAsync("postgres", TimeSpan.FromSeconds(60));
        var recovered = await Task.WhenAll(OperatedPlatformFixture.Services.Select(service => TimeUntilHealthAsync(service, healthy: true, TimeSpan.FromSeconds(60))));
        var writtenBefore = acknowledged.Count;
        await Eventually.HoldsAsync("offers written again after the restart", () => acknowledged.Count >= writtenBefore + 20, TimeSpan.FromSeconds(30));
        await stop.CancelAsync();
        await Task.WhenAll(writers);

        var ids = acknowledged.ToArray();
        var stored = await platform.CountAsync("offersdb", "SELECT count(*) FROM offers WHERE id = ANY(@ids)", ("ids", ids));
        var longest = outcomes.Max(o => o.Took);
        var statuses = string.Join(", ", outcomes.GroupBy(o => o.Status).OrderBy(g => g.Key).Select(g => $"{g.Key}: {g.Count()}"));
        output.WriteLine($"unhealthy after kill: {string.Join(", ", OperatedPlatformFixture.Services.Zip(unhealthy, (s, t) => $"{s} {t.TotalSeconds:0.0} s"))}; " +
                         $"postgres down {down.TotalSeconds:0.0} s, healthy {postgresBack.TotalSeconds:0.0} s after resource-start; " +
                         $"services healthy again: {string.Join(", ", OperatedPlatformFixture.Services.Zip(recovered, (s, t) => $"{s} {(postgresBack + t).TotalSeconds:0.0} s"))} after resource-start; " +
                         $"{outcomes.Count} requests ({statuses}), longest {longest.TotalSeconds:0.00} s; {ids.Length} acknowledged, {stored} stored");

        Assert.All(unhealthy, took => Assert.True(took <= UnhealthyWithin, $"unhealthy only after {took}"));
        Assert.True(longest < RequestTimeout + TimeSpan.FromSeconds(1), $"a request took {longest}");
        Assert.DoesNotContain(outcomes, o => o.Status == 0); // 0: the client gave up (60 s) – a hang
        // While the database is away a write is refused as "try again" (503), never a 500.
        Assert.All(outcomes, o => Assert.True(o.Status is 201 or 503, $"a write answered {o.Status} ({statuses})"));
        Assert.Equal(ids.Length, stored);
    }

    /// <summary>Creates offers one after the other until stopped, recording each status and duration.</summary>
    private async Task WriteUntilStoppedAsync(int writer, ConcurrentBag<Guid> acknowledged, ConcurrentBag<(int, TimeSpan)> outcomes, CancellationToken stop)
    {
        var n = 0;
        while (!stop.IsCancellationRequested)
        {
            var watch = Stopwatch.StartNew();
            var status = 0;
            try
            {
                using var response = await platform.SendAsync(HttpMethod.Post, "/api/offers", Scenario.Offer($"db-restart {writer}-{n++}"));
                status = (int)response.StatusCode;
                if (response.StatusCode == HttpStatusCode.Created)
                {
                    acknowledged.Add((await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid());
                }
            }
            catch (TaskCanceledException)
            {
                // the client's own timeout: recorded as status 0
            }

            outcomes.Add((status, watch.Elapsed));
            if (status is not (int)HttpStatusCode.Created)
            {
                // A failing platform is not hammered in a tight loop; the pause is pacing, not a wait for a condition.
                await Task.Delay(50, CancellationToken.None);
            }
        }
    }

    /// <summary>Polls <paramref name="service"/>'s own /health every 100 ms; returns when it first reports the wanted state.</summary>
    private async Task<TimeSpan> TimeUntilHealthAsync(string service, bool healthy, TimeSpan timeout)
    {
        using var client = new HttpClient { BaseAddress = platform.Platform.ServiceAddress(service), Timeout = TimeSpan.FromSeconds(5) };
        var watch = Stopwatch.StartNew();
        await Eventually.HoldsAsync($"{service} /health {(healthy ? "healthy" : "unhealthy")}", async () =>
        {
            try
            {
                using var response = await client.GetAsync(new Uri("/health", UriKind.Relative));
                return (response.StatusCode == HttpStatusCode.OK) == healthy;
            }
            catch (Exception exception) when (exception is HttpRequestException or TaskCanceledException)
            {
                return false; // the service itself not answering is no health report
            }
        }, timeout);
        return watch.Elapsed;
    }
}
