using Persistence;
using System.Diagnostics;
using LocalInfrastructure;
using Microsoft.EntityFrameworkCore;
using Offers.Api.Infrastructure;
using Offers.Api.Search;
using Offers.Benchmarks;
using ServiceDefaults.Api;
using ReferenceData;

// Usage: dotnet run -c Release --project bench/Offers.Benchmarks [-- <offers> <iterations>]
// Starts a throwaway PostgreSQL (Debian's package, as the tests do), migrates, loads the offers,
// then times each typical search as the endpoint runs it: the search statement plus loading the page.
if (args.Length > 0 && args[0] == "http")
{
    return await HttpBenchmark.RunAsync(
        args.Length > 1 ? int.Parse(args[1], System.Globalization.CultureInfo.InvariantCulture) : 100_000,
        TimeSpan.FromSeconds(args.Length > 2 ? int.Parse(args[2], System.Globalization.CultureInfo.InvariantCulture) : 20));
}

var offerCount = args.Length > 0 ? int.Parse(args[0]) : 100_000;
var iterations = args.Length > 1 ? int.Parse(args[1]) : 200;

// OFFERS_BENCH_CONNECTION=<connection string of an empty offersdb> uses that database instead
// (and keeps it, to look at plans with psql afterwards).
var connectionString = Environment.GetEnvironmentVariable("OFFERS_BENCH_CONNECTION");
PostgresServer? server = null;
var directory = Path.Combine(Path.GetTempPath(), $"offers-bench-{Guid.NewGuid():N}"[..21]);
if (connectionString is null)
{
    await ServerPackages.EnsureInstalledAsync(Console.WriteLine, CancellationToken.None);
    server = await PostgresServer.StartAsync(new PostgresServerOptions { DataDirectory = directory, Durable = false });
    await server.EnsureDatabaseAsync("offersdb");
    connectionString = server.GetConnectionString("offersdb");
}

try
{
    var options = new DbContextOptionsBuilder<OffersDbContext>()
        .UsePlatformDatabase(connectionString)
        .Options;
    await using (var db = new OffersDbContext(options))
    {
        await db.Database.MigrateAsync();
    }

    var county = KreisWarendorf.Create();
    var load = Stopwatch.StartNew();
    await CatalogueGenerator.FillAsync(options, county, offerCount);
    Console.WriteLine($"Loaded {offerCount:N0} offers in {load.Elapsed.TotalSeconds:N0} s.");

    var scenarios = new (string Name, Func<int, OfferSearchQuery> Query)[]
    {
        ("text + municipality", i => Query(q: new[] { "Deutschkurs", "Beratung", "Hausaufgaben", "Fahrrad" }[i % 4], municipality: county.Municipalities[i % 13].Id)),
        ("text only", i => Query(q: new[] { "Deutschkurse", "Sprachcafe", "Wohnungssuche", "Bewerbung", "Hausaufgabnhilfe" }[i % 5])),
        ("near + radius", i => Query(near: $"{county.Municipalities[i % 13].Location.Lat},{county.Municipalities[i % 13].Location.Lon}".Replace(" ", ""), radiusKm: "5")),
        ("category + language", i => Query(category: new[] { "language", "counselling", "legal", "family" }[i % 4], language: new[] { "ar", "uk", "fa", "tr" }[i % 4])),
    };
    if (Environment.GetEnvironmentVariable("OFFERS_BENCH_TERMS") == "1")
    {
        // Each text-only term on its own, to see which kind of query (broad word, compound,
        // typo corrected through the word lexicon) costs what.
        scenarios = [.. new[] { "Deutschkurse", "Sprachcafe", "Wohnungssuche", "Bewerbung", "Hausaufgabnhilfe" }
            .Select(term => ($"text only: {term}", (Func<int, OfferSearchQuery>)(_ => Query(q: term))))];
    }

    Console.WriteLine();
    Console.WriteLine("| search | mean ms | p50 ms | p95 ms | p99 ms | max ms |");
    Console.WriteLine("|---|---|---|---|---|---|");
    if (Environment.GetEnvironmentVariable("OFFERS_BENCH_EXPLAIN") == "1")
    {
        foreach (var (name, query) in scenarios)
        {
            await Explain.PrintAsync(connectionString, county, name, query(0));
        }
    }

    foreach (var (name, query) in scenarios)
    {
        var timings = await Measure.RunAsync(options, county, query, iterations);
        Console.WriteLine($"| {name} | {timings.Average():N1} | {Measure.Percentile(timings, 50):N1} | {Measure.Percentile(timings, 95):N1} | {Measure.Percentile(timings, 99):N1} | {timings.Max():N1} |");
    }
}
finally
{
    if (server is not null)
    {
        await server.DisposeAsync();
        Directory.Delete(directory, recursive: true);
    }
}

return 0;

static OfferSearchQuery Query(string? q = null, string? municipality = null, string? category = null, string? language = null, string? near = null, string? radiusKm = null) =>
    new(q, municipality, null, category, language, null, null, null, near, radiusKm, null, null, null);
