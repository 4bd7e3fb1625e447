using TestSupport;
using System.Collections.Concurrent;
using System.Diagnostics;
using System.Globalization;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Npgsql;

namespace Platform.Benchmarks;

/// <summary>
/// From an offer's publish (the moment the gateway's 200 arrives) to the commit of that offer in
/// the Volunteers read model (<c>known_offers</c>) and in the Events read model (<c>known_offers</c>).
/// Arrival is observed without polling: a trigger the benchmark adds to each read-model table
/// sends <c>pg_notify</c>, which PostgreSQL delivers to the benchmark's listening connection when
/// the consumer's transaction commits. One client publishes the drafts back to back, as a
/// coordinator's tool importing a batch would.
/// </summary>
internal static class PublishLatencyBenchmark
{
    private const string Channel = "bench_read_model_arrival";

    public static async Task<int> RunAsync(int publishes)
    {
        await using var platform = await TestPlatform.StartAsync(new TestPlatformOptions
        {
            GatewayEnvironment = new Dictionary<string, string> { ["RateLimiting__AuthenticatedPermitsPerMinute"] = "100000000" },
            ServiceEnvironment = new Dictionary<string, string> { ["Logging__LogLevel__Default"] = "Warning" },
        });
        var arrivals = new Dictionary<string, ConcurrentDictionary<Guid, long>>
        {
            ["volunteers"] = new(), ["events"] = new(),
        };
        using var stop = new CancellationTokenSource();
        bool Arrived(IEnumerable<Guid> ids) => ids.All(id => arrivals["volunteers"].ContainsKey(id) && arrivals["events"].ContainsKey(id));
        var listeners = new[]
        {
            ListenAsync(await platform.GetConnectionStringAsync("volunteersdb"), "known_offers", "offer_id", arrivals["volunteers"], stop.Token),
            ListenAsync(await platform.GetConnectionStringAsync("eventsdb"), "known_offers", "offer_id", arrivals["events"], stop.Token),
        };

        using var gateway = platform.CreateGatewayClient();
        gateway.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", await TokenAsync(gateway));
        var warmUp = Math.Min(50, publishes / 10);
        var drafts = new List<Guid>();
        for (var i = 0; i < publishes + warmUp; i++)
        {
            drafts.Add(await CreateDraftAsync(gateway, i));
        }

        var published = new Dictionary<Guid, long>();
        // The warm-up's publishes JIT-compile every path; their backlog must be gone before the
        // measured ones start, or the first measured ones wait behind it.
        await PublishAllAsync(gateway, drafts.Take(warmUp), published);
        await Eventually.HoldsAsync("the warm-up offers in both read models", () => Arrived(drafts.Take(warmUp)), TimeSpan.FromMinutes(2));
        await PublishAllAsync(gateway, drafts.Skip(warmUp), published);
        await Eventually.HoldsAsync("every offer in both read models", () => Arrived(drafts), TimeSpan.FromMinutes(2));
        await stop.CancelAsync();

        var measured = drafts.Skip(warmUp).ToList();
        Console.WriteLine($"{measured.Count} publishes measured (after {warmUp} to warm up), one client, back to back");
        Console.WriteLine("| read model | p50 ms | p99 ms | max ms | min ms |");
        Console.WriteLine("|---|---|---|---|---|");
        foreach (var (model, arrived) in arrivals)
        {
            var latencies = measured.Select(id => Stopwatch.GetElapsedTime(published[id], arrived[id]).TotalMilliseconds).Order().ToList();
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"| {model} | {Percentile(latencies, 0.50):0.0} | {Percentile(latencies, 0.99):0.0} | {latencies[^1]:0.0} | {latencies[0]:0.0} |"));
        }

        Console.WriteLine("(min below 0: the event arrived before the publishing client had read the 200)");
        return 0;
    }

    private static async Task PublishAllAsync(HttpClient gateway, IEnumerable<Guid> drafts, Dictionary<Guid, long> published)
    {
        foreach (var id in drafts)
        {
            using var response = await gateway.PostAsync(new Uri($"/api/offers/{id}/publish", UriKind.Relative), null);
            response.EnsureSuccessStatusCode();
            published[id] = Stopwatch.GetTimestamp();
        }
    }

    private static double Percentile(IReadOnlyList<double> sorted, double p) => sorted[(int)Math.Ceiling(p * sorted.Count) - 1];

    /// <summary>Installs the arrival trigger on <paramref name="table"/> and records each committed id's arrival time.</summary>
    private static async Task ListenAsync(string connectionString, string table, string idColumn, ConcurrentDictionary<Guid, long> arrivals, CancellationToken stop)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync(stop);
        await using (var install = new NpgsqlCommand($"""
            CREATE OR REPLACE FUNCTION bench_arrival() RETURNS trigger LANGUAGE plpgsql AS $$
            BEGIN PERFORM pg_notify('{Channel}', NEW.{idColumn}::text); RETURN NEW; END $$;
            DROP TRIGGER IF EXISTS bench_arrival ON {table};
            CREATE TRIGGER bench_arrival AFTER INSERT ON {table} FOR EACH ROW EXECUTE FUNCTION bench_arrival();
            LISTEN {Channel};
            """, connection))
        {
            await install.ExecuteNonQueryAsync(stop);
        }

        connection.Notification += (_, e) => arrivals.TryAdd(Guid.Parse(e.Payload), Stopwatch.GetTimestamp());
        try
        {
            while (!stop.IsCancellationRequested)
            {
                await connection.WaitAsync(stop);
            }
        }
        catch (OperationCanceledException)
        {
        }
    }

    private static async Task<string> TokenAsync(HttpClient gateway)
    {
        using var response = await gateway.PostAsJsonAsync("/dev/tokens", new { role = "coordinator", municipality = "warendorf", sub = "bench-publisher" });
        response.EnsureSuccessStatusCode();
        return (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("accessToken").GetString()!;
    }

    private static async Task<Guid> CreateDraftAsync(HttpClient gateway, int i)
    {
        using var response = await gateway.PostAsJsonAsync("/api/offers", new
        {
            title = $"Sprachcafé Warendorf {i} {Guid.NewGuid().ToString("N")[..6]}",
            summary = "Deutsch üben in entspannter Runde",
            description = "Neuzugewanderte und Ehrenamtliche sprechen miteinander.",
            category = "language",
            tags = new[] { "sprachcafé" },
            provider = new { name = "Stadt Warendorf", type = "municipality" },
            municipality = "warendorf",
            online = false,
            targetGroups = new[] { "adults" },
            languages = new[] { "de" },
            schedule = new[] { new { dayOfWeek = "tuesday", start = "16:00", end = "18:00" } },
            cost = new { free = true },
            contact = new { name = "Integrationsbüro" },
            helpersNeeded = 1,
        });
        response.EnsureSuccessStatusCode();
        return (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();
    }
}
