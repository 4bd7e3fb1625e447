// The offer finder's server render (docs/benchmarks.md, "Web app"). From the repository root:
//   dotnet run -c Release --project bench/WebApp.Benchmarks [-- <offers> <renders per scenario>]
// Starts the platform with the AppHost (Aspire.Hosting.Testing, as the tests do), bulk-loads the
// offers into its offersdb, then asks the web app for finder pages, one request at a time, and
// reports the time to the last byte of each page: the web app's render including its call to
// the gateway (the reference data is cached in the web app; the search goes through every time).
using System.Diagnostics;
using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Offers.Api.Infrastructure;
using Offers.Benchmarks;
using Persistence;
using ReferenceData;

var offerCount = args.Length > 0 ? int.Parse(args[0], CultureInfo.InvariantCulture) : 10_000;
var renders = args.Length > 1 ? int.Parse(args[1], CultureInfo.InvariantCulture) : 300;

await using var platform = await TestPlatform.StartAsync(new TestPlatformOptions
{
    ServiceEnvironment = new Dictionary<string, string> { ["Logging__LogLevel__Default"] = "Warning" }.Concat(BenchEnvironment.Extra()).ToDictionary(),
});
var county = KreisWarendorf.Create();
var options = new DbContextOptionsBuilder<OffersDbContext>().UsePlatformDatabase(await platform.GetConnectionStringAsync("offersdb")).Options;
var load = Stopwatch.StartNew();
await CatalogueGenerator.FillAsync(options, county, offerCount);
Console.WriteLine($"Loaded {offerCount:N0} offers in {load.Elapsed.TotalSeconds:N0} s.");

string[] words = ["Deutschkurs", "Sprachcafe", "Beratung", "Hausaufgabenhilfe", "Bewerbung", "Wohnungssuche", "Frauentreff", "Fahrrad", "Nähcafe", "Elterncafe", "Deutschkurse", "Integrationskurs"];
string[] categories = ["language", "counselling", "family", "encounter", "work", "youth"];
string[] languages = ["ar", "uk", "fa", "tr", "ru"];
string[] days = ["monday", "tuesday", "wednesday", "thursday", "friday"];
string Municipality(int i) => county.Municipalities[i % county.Municipalities.Count].Id;

// Each scenario's i-th request differs from its others (word, place, page), so the Offers search
// cache answers few of them: the figure is the render with a search in the database behind it.
var scenarios = new (string Name, Func<int, string> Path)[]
{
    ("text", i => $"/offers?q={words[i % words.Length]}&page={1 + i / words.Length % 3}"),
    ("text + municipality", i => $"/offers?q={words[i % words.Length]}&municipality={Municipality(i / words.Length)}"),
    ("region + category + language", i => $"/offers?region={(i % 2 == 0 ? "nordkreis" : "suedkreis")}&category={categories[i / 2 % categories.Length]}&language={languages[i / 12 % languages.Length]}"),
    ("day + online, page n", i => $"/offers?dayOfWeek={days[i % days.Length]}&online={(i % 2 == 0 ? "true" : "")}&page={1 + i / 10}"),
    ("text, by distance", i => $"/offers?q={words[i % words.Length]}&municipality={Municipality(i / words.Length)}&order=distance"),
};

using var http = new HttpClient { BaseAddress = platform.WebAppAddress };
Console.WriteLine();
Console.WriteLine($"| finder page, 1 client, {offerCount:N0} offers | renders | failures | p50 ms | p95 ms | p99 ms |");
Console.WriteLine("|---|---|---|---|---|---|");
var everything = new List<double>();
foreach (var (name, path) in scenarios)
{
    await RenderAsync(http, i => path(i + 10_000), 20); // warm-up: JIT, connections, reference data
    var (timings, failures) = await RenderAsync(http, path, renders);
    everything.AddRange(timings);
    Console.WriteLine($"| {name} | {timings.Count} | {failures} | {Percentile(timings, 0.50):0.0} | {Percentile(timings, 0.95):0.0} | {Percentile(timings, 0.99):0.0} |");
}

Console.WriteLine($"| all | {everything.Count} | | {Percentile(everything, 0.50):0.0} | {Percentile(everything, 0.95):0.0} | {Percentile(everything, 0.99):0.0} |");
Console.WriteLine("(target: p95 <= 100 ms)");
return 0;

static async Task<(List<double> Timings, int Failures)> RenderAsync(HttpClient http, Func<int, string> path, int count)
{
    var timings = new List<double>(count);
    var failures = 0;
    for (var i = 0; i < count; i++)
    {
        var begin = Stopwatch.GetTimestamp();
        using var response = await http.GetAsync(path(i), HttpCompletionOption.ResponseContentRead);
        var body = await response.Content.ReadAsStringAsync();
        timings.Add(Stopwatch.GetElapsedTime(begin).TotalMilliseconds);
        // A page that rendered a problem instead of results is no render of a search.
        if (!response.IsSuccessStatusCode || body.Contains("role=\"alert\"", StringComparison.Ordinal))
        {
            failures++;
        }
    }

    return (timings, failures);
}

static double Percentile(List<double> values, double p)
{
    var sorted = values.Order().ToArray();
    return sorted.Length == 0 ? 0 : sorted[Math.Min(sorted.Length - 1, (int)Math.Ceiling(p * sorted.Length) - 1)];
}
