using Contracts.Schedules;
using Persistence;
using System.Diagnostics;
using LocalInfrastructure;
using Microsoft.EntityFrameworkCore;
using ReferenceData;
using Volunteers.Api.Infrastructure;
using Volunteers.Api.Matching;
using Volunteers.Api.Model;

// Matching one offer against N volunteers (default 50,000) through the service's own
// VolunteerMatcher on a throwaway PostgreSQL: SQL filter + narrow projection + in-memory score.
var count = args.Length > 0 ? int.Parse(args[0], System.Globalization.CultureInfo.InvariantCulture) : 50_000;
const int Warmup = 20;
const int Runs = 200;

var directory = Path.Combine(Path.GetTempPath(), "volunteers-bench-" + Guid.NewGuid().ToString("N")[..8]);
await using var postgres = await PostgresServer.StartAsync(new PostgresServerOptions { DataDirectory = directory, Durable = false });
await postgres.EnsureDatabaseAsync("volunteersdb");
var options = new DbContextOptionsBuilder<VolunteersDbContext>()
    .UsePlatformDatabase(postgres.GetConnectionString("volunteersdb"))
    .Options;
var county = KreisWarendorf.Create();

await using (var db = new VolunteersDbContext(options))
{
    await db.Database.MigrateAsync();
}

var seed = Stopwatch.StartNew();
var random = new Random(42);
string[] languages = ["de", "ar", "uk", "ru", "fa", "tr", "ku", "ti", "en", "fr", "pl", "ro"];
string[] levels = ["basic", "good", "fluent", "native"];
string[] skills = ["accompaniment", "language-support", "interpreting", "childcare", "tutoring", "listening", "driving", "digital-help", "other"];
for (var batch = 0; batch < count; batch += 5000)
{
    await using var db = new VolunteersDbContext(options);
    for (var i = batch; i < Math.Min(count, batch + 5000); i++)
    {
        var volunteer = new Volunteer
        {
            Id = Guid.CreateVersion7(), Subject = $"bench-{i}", FirstName = "Vorname", LastName = $"Nachname{i}",
            Email = $"v{i}@example.org", Municipality = county.Municipalities[random.Next(county.Municipalities.Count)].Id,
            ConsentVersion = "2025-01", ConsentGivenAt = DateTimeOffset.UtcNow, CreatedAt = DateTimeOffset.UtcNow, UpdatedAt = DateTimeOffset.UtcNow, Version = 1,
            Skills = skills.OrderBy(_ => random.Next()).Take(random.Next(1, 4)).ToList(), Roles = ["volunteer"],
        };
        volunteer.SetLanguages(languages.OrderBy(_ => random.Next()).Take(random.Next(1, 4))
            .Select(code => new LanguageSkill(code, levels[random.Next(levels.Length)])).ToList());
        volunteer.SetAvailability(Enumerable.Range(0, random.Next(0, 4))
            .Select(_ => (Day: (DayOfWeek)random.Next(7), Start: random.Next(8, 18)))
            .DistinctBy(s => s.Day)
            .Select(s => new WeeklySlot(s.Day, new TimeOnly(s.Start, 0), new TimeOnly(s.Start + 3, 0))).ToList());
        db.Volunteers.Add(volunteer);
    }

    await db.SaveChangesAsync();
}

await using (var db = new VolunteersDbContext(options))
{
    await db.Database.ExecuteSqlRawAsync("ANALYZE");
}

Console.WriteLine($"seeded {count} volunteers in {seed.Elapsed.TotalSeconds:0.0} s");

var offer = new KnownOffer
{
    OfferId = Guid.NewGuid(), Version = 1, Title = "Begleitung zu Ämtern", Category = "accompaniment", Municipality = "warendorf",
    Languages = ["ar", "fa"], Schedule = [new("monday", "09:00", "12:00"), new("wednesday", "14:00", "17:00")],
    HelpersNeeded = 3, Published = true, UpdatedAt = DateTimeOffset.UtcNow,
};

var index = new MatchingIndex(); // a singleton in the service: the first call loads it
foreach (var (label, scope) in new[] { ("admin (all municipalities)", (string?)null), ("coordinator (warendorf)", "warendorf") })
{
    var timings = new List<double>();
    var returned = 0;
    for (var run = 0; run < Warmup + Runs; run++)
    {
        // A fresh context per request, as in the service.
        await using var db = new VolunteersDbContext(options);
        var matcher = new VolunteerMatcher(db, index, county);
        var watch = Stopwatch.StartNew();
        var matches = await matcher.RankVolunteersAsync(offer, scope, 20, CancellationToken.None);
        watch.Stop();
        returned = matches.Count;
        if (run >= Warmup)
        {
            timings.Add(watch.Elapsed.TotalMilliseconds);
        }
    }

    timings.Sort();
    double P(double q) => timings[(int)Math.Ceiling(q * timings.Count) - 1];
    await using (var db = new VolunteersDbContext(options))
    {
        await db.Database.ExecuteSqlRawAsync("UPDATE volunteers SET updated_at = now() WHERE id IN (SELECT id FROM volunteers LIMIT 10)");
        var matcher = new VolunteerMatcher(db, index, county);
        var watch = Stopwatch.StartNew();
        await matcher.RankVolunteersAsync(offer, scope, 20, CancellationToken.None);
        Console.WriteLine($"{label}: after 10 profiles changed, one call (delta load) {watch.Elapsed.TotalMilliseconds:0.0} ms");
    }

    Console.WriteLine($"{label}: {Runs} runs, {returned} matches returned; p50 {P(0.50):0.0} ms, p95 {P(0.95):0.0} ms, p99 {P(0.99):0.0} ms, max {timings[^1]:0.0} ms");
}

// Where the time goes: the index's change check alone (one SQL round trip, no scoring).
var checks = new List<double>();
for (var run = 0; run < Runs; run++)
{
    await using var db = new VolunteersDbContext(options);
    var watch = Stopwatch.StartNew();
    await index.CurrentAsync(db, CancellationToken.None);
    checks.Add(watch.Elapsed.TotalMilliseconds);
}

checks.Sort();
Console.WriteLine($"change check alone: p50 {checks[Runs / 2]:0.0} ms, p99 {checks[(int)(Runs * 0.99) - 1]:0.0} ms");
Console.WriteLine($"load average while measuring: {File.ReadAllText("/proc/loadavg").Trim()} on {Environment.ProcessorCount} cores");
