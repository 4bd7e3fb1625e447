// Gateway overhead (issue: gateway reaches >= 80% of direct throughput, adds <= 2 ms to the median).
// Run from the repository root:
//   dotnet build -c Release Integration.Aspire.sln && dotnet run -c Release --no-build --project bench/Gateway.Benchmarks
// It starts the platform with the AppHost (Aspire.Hosting.Testing), loads the demo offers, then alternates 20-client runs
// of the same GET /api/offers?municipality=warendorf straight at Offers.Api, through the gateway,
// and through a bare YARP proxy (reference: the proxy hop alone).
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Gateway.Benchmarks;

if (args is ["bare-proxy", var destination, var port])
{
    await BareProxy.RunAsync(new Uri(destination), int.Parse(port, System.Globalization.CultureInfo.InvariantCulture));
    return 0;
}

const int Clients = 20;
var measure = TimeSpan.FromSeconds(args.Length > 0 ? int.Parse(args[0], System.Globalization.CultureInfo.InvariantCulture) : 10);
await using var platform = await TestPlatform.StartAsync(new TestPlatformOptions
{
    // The benchmark is one client address; lift the anonymous limit so it measures proxying, not 429s.
    GatewayEnvironment = new Dictionary<string, string> { ["RateLimiting__AnonymousPermitsPerMinute"] = "100000000" },
    // Optional extra settings for experiments, e.g. BENCH_ENV="DOTNET_gcServer=0".
    ServiceEnvironment = new Dictionary<string, string> { ["Logging__LogLevel__Default"] = "Warning" }.Concat(BenchEnvironment.Extra()).ToDictionary(),
});
var direct = platform.ServiceAddress("offers-api");

using var http = new HttpClient(new SocketsHttpHandler { MaxConnectionsPerServer = Clients, PooledConnectionLifetime = TimeSpan.FromMinutes(10) });
await LoadDemoDataAsync(http, platform.GatewayAddress);

const string Query = "/api/offers?municipality=warendorf";
var barePort = LocalInfrastructure.FreePort.Next();
using var bareProxy = BareProxy.Start(direct, barePort);
var bareAddress = new Uri($"http://127.0.0.1:{barePort}");
Console.WriteLine($"warming up ({Clients} clients)...");
// Long enough for tiered JIT and connection pools on both paths to settle (a 3 s warm-up left
// the first measured round visibly slower).
await ClosedLoopLoad.RunAsync("warm-up direct", http, new Uri(direct, Query), Clients, TimeSpan.FromSeconds(10));
await ClosedLoopLoad.RunAsync("warm-up gateway", http, new Uri(platform.GatewayAddress, Query), Clients, TimeSpan.FromSeconds(10));
await ClosedLoopLoad.RunAsync("warm-up bare proxy", http, new Uri(bareAddress, Query), Clients, TimeSpan.FromSeconds(10));

var results = new List<LoadResult>();
var cpu = new Dictionary<string, Dictionary<string, double>> { ["direct"] = [], ["gateway"] = [], ["bare proxy"] = [] };
for (var round = 1; round <= 5; round++)
{
    results.Add(await MeasuredRunAsync("direct", new Uri(direct, Query)));
    results.Add(await MeasuredRunAsync("gateway", new Uri(platform.GatewayAddress, Query)));
    results.Add(await MeasuredRunAsync("bare proxy", new Uri(bareAddress, Query)));
}

bareProxy.Kill();

Console.WriteLine();
Console.WriteLine("| path | round | requests | failures | req/s | median ms | p99 ms |");
Console.WriteLine("|---|---|---|---|---|---|---|");
for (var i = 0; i < results.Count; i++)
{
    var r = results[i];
    Console.WriteLine($"| {r.Name} | {i / 3 + 1} | {r.Requests} | {r.Failures} | {r.Throughput:0} | {r.MedianMs:0.00} | {r.P99Ms:0.00} |");
}

var directRuns = results.Where(r => r.Name == "direct").ToList();
var gatewayRuns = results.Where(r => r.Name == "gateway").ToList();
var bareRuns = results.Where(r => r.Name == "bare proxy").ToList();
// Rounds alternate, so each gateway round is compared with the direct round just before it;
// the summary is the median over rounds, which one disturbed round cannot move much.
var ratios = directRuns.Zip(gatewayRuns, (d, g) => g.Throughput / d.Throughput).Order().ToList();
var added = directRuns.Zip(gatewayRuns, (d, g) => g.MedianMs - d.MedianMs).Order().ToList();
var throughputRatio = ratios[ratios.Count / 2];
var addedMedian = added[added.Count / 2];
Console.WriteLine($"per round, gateway/direct throughput: {string.Join(", ", directRuns.Zip(gatewayRuns, (d, g) => (g.Throughput / d.Throughput).ToString("P0", System.Globalization.CultureInfo.InvariantCulture)))}");
Console.WriteLine($"per round, median added: {string.Join(", ", directRuns.Zip(gatewayRuns, (d, g) => (g.MedianMs - d.MedianMs).ToString("0.00", System.Globalization.CultureInfo.InvariantCulture)))} ms");
Console.WriteLine();
Console.WriteLine($"gateway throughput / direct throughput, median of rounds: {throughputRatio:P1} (target >= 80%)");
Console.WriteLine($"median latency added by the gateway, median of rounds: {addedMedian:0.00} ms (target <= 2 ms)");
var bareRatios = directRuns.Zip(bareRuns, (d, b) => b.Throughput / d.Throughput).Order().ToList();
var bareAdded = directRuns.Zip(bareRuns, (d, b) => b.MedianMs - d.MedianMs).Order().ToList();
Console.WriteLine($"reference, bare YARP proxy / direct, median of rounds: {bareRatios[bareRatios.Count / 2]:P1}, median added {bareAdded[bareAdded.Count / 2]:0.00} ms");
Console.WriteLine();
Console.WriteLine("CPU ms per request, by process, all rounds (from /proc; processes under 0.01 ms left out):");
Console.WriteLine("| process | direct | gateway | bare proxy |");
Console.WriteLine("|---|---|---|---|");
var requests = results.GroupBy(r => r.Name).ToDictionary(g => g.Key, g => (double)g.Sum(r => r.Requests));
string[] paths = ["direct", "gateway", "bare proxy"];
foreach (var name in paths.SelectMany(p => cpu[p].Keys).Distinct().OrderByDescending(n => cpu["gateway"].GetValueOrDefault(n)))
{
    var perRequest = paths.Select(p => cpu[p].GetValueOrDefault(name) / requests[p]).ToList();
    if (perRequest.Max() >= 0.01)
    {
        Console.WriteLine($"| {name} | {string.Join(" | ", perRequest.Select(ms => ms.ToString("0.000", System.Globalization.CultureInfo.InvariantCulture)))} |");
    }
}

Console.WriteLine($"| all | {string.Join(" | ", paths.Select(p => (cpu[p].Values.Sum() / requests[p]).ToString("0.000", System.Globalization.CultureInfo.InvariantCulture)))} |");
return 0;

async Task<LoadResult> MeasuredRunAsync(string path, Uri target)
{
    var accounting = CpuAccounting.Start();
    var result = await ClosedLoopLoad.RunAsync(path, http, target, Clients, measure);
    foreach (var (name, milliseconds) in accounting.Stop())
    {
        cpu[path][name] = cpu[path].GetValueOrDefault(name) + milliseconds;
    }

    return result;
}

static async Task LoadDemoDataAsync(HttpClient http, Uri gateway)
{
    using var tokenResponse = await http.PostAsJsonAsync(new Uri(gateway, "/dev/tokens"), new { role = "admin", sub = "bench-admin" });
    var token = (await tokenResponse.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("accessToken").GetString();
    using var request = new HttpRequestMessage(HttpMethod.Post, new Uri(gateway, "/api/offers/demo-data"));
    request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
    using var response = await http.SendAsync(request);
    Console.WriteLine($"demo data: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
}
