using Persistence;
using System.Diagnostics;
using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Offers.Api.Infrastructure;
using ReferenceData;

namespace Offers.Benchmarks;

/// <summary>
/// `-- http [offers] [seconds]`: the platform started by the AppHost (Aspire.Hosting.Testing, Release build),
/// offers bulk-loaded straight into its offersdb, then GET /api/offers with the four typical
/// searches: one client per search type (p50/p99) straight at Offers.Api and through the gateway,
/// each sent with `Cache-Control: no-cache` so every one runs in the database; then 20 clients
/// through the gateway with the four types mixed (searches/s), twice: as partner apps call it
/// (the search cache answers repeats) while the catalogue changes every 5 s, and with
/// `no-cache` on every search.
/// </summary>
internal static class HttpBenchmark
{
    public static async Task<int> RunAsync(int offerCount, TimeSpan duration)
    {
        await using var platform = await TestPlatform.StartAsync(new TestPlatformOptions
        {
            GatewayEnvironment = new Dictionary<string, string> { ["RateLimiting__AnonymousPermitsPerMinute"] = "100000000" },
            ServiceEnvironment = new Dictionary<string, string> { ["Logging__LogLevel__Default"] = "Warning" }.Concat(BenchEnvironment.Extra()).ToDictionary(),
        });
        var direct = platform.ServiceAddress("offers-api");

        var county = KreisWarendorf.Create();
        var options = new DbContextOptionsBuilder<OffersDbContext>()
            .UsePlatformDatabase(await platform.GetConnectionStringAsync("offersdb"))
            .Options;
        var load = Stopwatch.StartNew();
        await CatalogueGenerator.FillAsync(options, county, offerCount);
        Console.WriteLine($"Loaded {offerCount:N0} offers in {load.Elapsed.TotalSeconds:N0} s (search columns and lexicon by trigger, VACUUM ANALYZE done).");

        var scenarios = new (string Name, Func<int, string> Query)[]
        {
            ("text + municipality", i => $"/api/offers?q={new[] { "Deutschkurs", "Beratung", "Hausaufgaben", "Fahrrad" }[i % 4]}&municipality={county.Municipalities[i % 13].Id}"),
            ("text only", i => $"/api/offers?q={new[] { "Deutschkurse", "Sprachcafe", "Wohnungssuche", "Bewerbung", "Hausaufgabnhilfe" }[i % 5]}"),
            ("near + radius", i => string.Create(CultureInfo.InvariantCulture, $"/api/offers?near={county.Municipalities[i % 13].Location.Lat},{county.Municipalities[i % 13].Location.Lon}&radiusKm=5")),
            ("category + language", i => $"/api/offers?category={new[] { "language", "counselling", "legal", "family" }[i % 4]}&language={new[] { "ar", "uk", "fa", "tr" }[i % 4]}"),
        };

        using var http = new HttpClient(new SocketsHttpHandler { MaxConnectionsPerServer = 20, PooledConnectionLifetime = TimeSpan.FromMinutes(10) });
        Console.WriteLine();
        Console.WriteLine("| search, 1 client, in the database (no-cache) | path | searches | failures | p50 ms | p99 ms |");
        Console.WriteLine("|---|---|---|---|---|---|");
        foreach (var (name, query) in scenarios)
        {
            foreach (var (path, address) in new[] { ("direct", direct), ("gateway", platform.GatewayAddress) })
            {
                await LoopAsync(http, address, query, 1, TimeSpan.FromSeconds(2), noCache: true);
                var run = await LoopAsync(http, address, query, 1, duration, noCache: true);
                Console.WriteLine($"| {name} | {path} | {run.Count} | {run.Failures} | {run.P50:0.0} | {run.P99:0.0} |");
            }
        }

        string Mixed(int i) => scenarios[i % scenarios.Length].Query(i / scenarios.Length);
        var distinct = Enumerable.Range(0, 10_000).Select(Mixed).Distinct().Count();
        Console.WriteLine();
        Console.WriteLine($"20 clients through the gateway, four types mixed ({distinct} distinct searches):");
        Console.WriteLine("| run | searches | failures | searches/s | p50 ms | p99 ms |");
        Console.WriteLine("|---|---|---|---|---|---|");

        // A change to the catalogue every 5 s (far more often than people edit offers), each of
        // which makes every cached page stale: the cached run pays for re-searching after each.
        using (var changes = new CancellationTokenSource())
        {
            await LoopAsync(http, platform.GatewayAddress, Mixed, 20, TimeSpan.FromSeconds(3), noCache: false);
            var changer = ChangeCatalogueEvery(options, TimeSpan.FromSeconds(5), changes.Token);
            var cached = await LoopAsync(http, platform.GatewayAddress, Mixed, 20, duration, noCache: false);
            await changes.CancelAsync();
            var changed = await changer;
            Console.WriteLine($"| cache as shipped, catalogue changed {changed}x | {cached.Count} | {cached.Failures} | {cached.Count / cached.Seconds:0} | {cached.P50:0.0} | {cached.P99:0.0} |");
        }

        var uncached = await LoopAsync(http, platform.GatewayAddress, Mixed, 20, duration, noCache: true);
        Console.WriteLine($"| every search in the database (no-cache) | {uncached.Count} | {uncached.Failures} | {uncached.Count / uncached.Seconds:0} | {uncached.P50:0.0} | {uncached.P99:0.0} |");
        Console.WriteLine("(target >= 500 searches/s)");
        return 0;
    }

    /// <summary>Touches one published offer every <paramref name="interval"/>, as an edit would; returns how many.</summary>
    private static async Task<int> ChangeCatalogueEvery(DbContextOptions<OffersDbContext> options, TimeSpan interval, CancellationToken stop)
    {
        await using var db = new OffersDbContext(options);
        var changes = 0;
        try
        {
            while (true)
            {
                await Task.Delay(interval, stop);
                await db.Database.ExecuteSqlRawAsync(
                    "UPDATE offers SET updated_at = now() WHERE id = (SELECT id FROM offers WHERE status = 'Published' LIMIT 1)", CancellationToken.None);
                changes++;
            }
        }
        catch (OperationCanceledException)
        {
            return changes;
        }
    }

    private sealed record Run(int Count, int Failures, double Seconds, double P50, double P99);

    /// <summary>Closed loop: each client sends its next search as soon as the last answered.</summary>
    private static async Task<Run> LoopAsync(HttpClient http, Uri address, Func<int, string> query, int clients, TimeSpan duration, bool noCache)
    {
        var latencies = new List<double>[clients];
        var failures = 0;
        var next = 0;
        var started = Stopwatch.GetTimestamp();
        var stopAt = started + (long)(duration.TotalSeconds * Stopwatch.Frequency);
        await Task.WhenAll(Enumerable.Range(0, clients).Select(async worker =>
        {
            var own = latencies[worker] = [];
            while (Stopwatch.GetTimestamp() < stopAt)
            {
                var begin = Stopwatch.GetTimestamp();
                using var request = new HttpRequestMessage(HttpMethod.Get, new Uri(address, query(Interlocked.Increment(ref next))));
                if (noCache)
                {
                    request.Headers.CacheControl = new System.Net.Http.Headers.CacheControlHeaderValue { NoCache = true };
                }

                using var response = await http.SendAsync(request, HttpCompletionOption.ResponseContentRead);
                own.Add(Stopwatch.GetElapsedTime(begin).TotalMilliseconds);
                if (!response.IsSuccessStatusCode)
                {
                    Interlocked.Increment(ref failures);
                }
            }
        }));
        var seconds = Stopwatch.GetElapsedTime(started).TotalSeconds;
        var all = latencies.SelectMany(l => l).Order().ToArray();
        return new Run(all.Length, failures, seconds, Percentile(all, 0.50), Percentile(all, 0.99));
    }

    private static double Percentile(double[] sorted, double p) =>
        sorted.Length == 0 ? double.NaN : sorted[Math.Clamp((int)Math.Ceiling(p * sorted.Length) - 1, 0, sorted.Length - 1)];
}
