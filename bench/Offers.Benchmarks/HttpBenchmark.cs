using System.Diagnostics;
using System.Globalization;
using Gateway.Benchmarks;
using Microsoft.EntityFrameworkCore;
using Offers.Api.Infrastructure;
using ServiceDefaults.Reference;

namespace Offers.Benchmarks;

/// <summary>
/// `-- http [offers] [seconds]`: the platform started by the AppHost (already built in Release),
/// offers bulk-loaded straight into its offersdb, then GET /api/offers with the four typical
/// searches: one client per search type (p50/p99) straight at Offers.Api and through the gateway,
/// then 20 clients through the gateway with the four types mixed (searches/s).
/// </summary>
internal static class HttpBenchmark
{
    public static async Task<int> RunAsync(int offerCount, TimeSpan duration)
    {
        var root = Directory.GetCurrentDirectory();
        if (!File.Exists(Path.Combine(root, "Integration.Aspire.sln")))
        {
            Console.Error.WriteLine("Run from the repository root.");
            return 1;
        }

        var postgresPort = FreePort();
        await using var platform = PlatformProcess.Start(root, new Dictionary<string, string>
        {
            ["RateLimiting__AnonymousPermitsPerMinute"] = "100000000",
            ["Logging__LogLevel__Default"] = "Warning",
            ["AppHost__Ports__Postgres"] = postgresPort.ToString(CultureInfo.InvariantCulture),
        });
        await platform.WaitUntilHealthyAsync(TimeSpan.FromMinutes(4));
        var direct = platform.ServiceAddress("offers-api")!;

        var county = KreisWarendorf.Create();
        var options = new DbContextOptionsBuilder<OffersDbContext>()
            .UseNpgsql($"Host=127.0.0.1;Port={postgresPort};Username=postgres;Password=postgres;Database=offersdb")
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
        Console.WriteLine("| search, 1 client | path | searches | failures | p50 ms | p99 ms |");
        Console.WriteLine("|---|---|---|---|---|---|");
        foreach (var (name, query) in scenarios)
        {
            foreach (var (path, address) in new[] { ("direct", direct), ("gateway", platform.GatewayAddress) })
            {
                await LoopAsync(http, address, query, 1, TimeSpan.FromSeconds(2));
                var run = await LoopAsync(http, address, query, 1, duration);
                Console.WriteLine($"| {name} | {path} | {run.Count} | {run.Failures} | {run.P50:0.0} | {run.P99:0.0} |");
            }
        }

        string Mixed(int i) => scenarios[i % scenarios.Length].Query(i / scenarios.Length);
        await LoopAsync(http, platform.GatewayAddress, Mixed, 20, TimeSpan.FromSeconds(3));
        var loaded = await LoopAsync(http, platform.GatewayAddress, Mixed, 20, duration);
        Console.WriteLine();
        Console.WriteLine($"20 clients through the gateway, four types mixed: {loaded.Count / loaded.Seconds:0} searches/s " +
            $"(target >= 500), p50 {loaded.P50:0.0} ms, p99 {loaded.P99:0.0} ms, {loaded.Failures} failures");
        return 0;
    }

    private sealed record Run(int Count, int Failures, double Seconds, double P50, double P99);

    /// <summary>Closed loop: each client sends its next search as soon as the last answered.</summary>
    private static async Task<Run> LoopAsync(HttpClient http, Uri address, Func<int, string> query, int clients, TimeSpan duration)
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
                using var response = await http.GetAsync(new Uri(address, query(Interlocked.Increment(ref next))), HttpCompletionOption.ResponseContentRead);
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

    private static int FreePort()
    {
        using var listener = new System.Net.Sockets.TcpListener(System.Net.IPAddress.Loopback, 0);
        listener.Start();
        return ((System.Net.IPEndPoint)listener.LocalEndpoint).Port;
    }
}
