using ServiceDefaults.Api;
using Microsoft.EntityFrameworkCore;
using Offers.Api.Apis;
using Offers.Api.Demo;
using Offers.Api.Infrastructure;
using Offers.Api.Model;
using ReferenceData;

namespace Offers.Benchmarks;

/// <summary>
/// Fills the catalogue with published offers built from the demo templates, varied in place, title,
/// day and language. A seed of up to 2,197 offers (13 templates × 13 places × 13 municipalities) goes
/// through EF Core and the offer's own mapping; the rest are copies of the seed made by one
/// multi-row INSERT … SELECT per batch, each with a new id and a rotated weekday and extra language.
/// Triggers and generated columns (search vector, lexicon, search table) run as for any write.
/// </summary>
internal static class CatalogueGenerator
{
    private const int SeedSize = 2197;
    private static readonly string[] Places = ["", "im Pfarrheim", "im Jugendzentrum", "in der Stadtbücherei", "im Familienzentrum", "am Bahnhof", "Nord", "Süd", "Mitte", "am Abend", "für Einsteiger", "Gruppe 2", "im Bürgerhaus"];
    private static readonly string[] Days = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"];
    private static readonly string[] ExtraLanguages = ["ru", "tr", "fa", "uk", "ar", "ku", "ti", "en", "fr", "ro"];

    public static async Task FillAsync(DbContextOptions<OffersDbContext> options, CountyProfile county, int count)
    {
        var seed = Math.Min(count, SeedSize);
        await SeedAsync(options, county, seed);
        await using var db = new OffersDbContext(options);
        db.Database.SetCommandTimeout(TimeSpan.FromMinutes(10));
        var columns = await db.Database.SqlQueryRaw<string>(
            "SELECT column_name AS \"Value\" FROM information_schema.columns WHERE table_name = 'offers' AND is_generated = 'NEVER' ORDER BY ordinal_position").ToListAsync();
        var source = string.Join(", ", columns.Select(c => c switch
        {
            "id" => "gen_random_uuid()",
            "schedule_days" => $"ARRAY[(ARRAY['{string.Join("','", Days)}'])[(g + length(s.title)) % 7 + 1]]",
            "languages" => $"array_append(s.languages, (ARRAY['{string.Join("','", ExtraLanguages)}'])[g % {ExtraLanguages.Length} + 1])",
            _ => "s." + c,
        }));
        // Only the seed rows are copied: a snapshot of them, dropped at the end.
        await db.Database.ExecuteSqlRawAsync("DROP TABLE IF EXISTS bench_seed; CREATE UNLOGGED TABLE bench_seed AS SELECT * FROM offers");
        for (var done = seed; done < count;)
        {
            var copies = Math.Min(count - done, 20 * seed);
            var rounds = (copies + seed - 1) / seed;
            // Built from constants and the column names above only.
            var insert =
                $"INSERT INTO offers ({string.Join(", ", columns)}) SELECT {source} FROM bench_seed s CROSS JOIN generate_series({done / seed}, {done / seed + rounds - 1}) g LIMIT {copies}";
            await db.Database.ExecuteSqlRawAsync(insert);
            done += copies;
            Console.Write($"\r{done:N0} offers");
        }

        Console.WriteLine();
        await db.Database.ExecuteSqlRawAsync("DROP TABLE bench_seed");
        await db.Database.ExecuteSqlRawAsync("VACUUM ANALYZE");
    }

    private static async Task SeedAsync(DbContextOptions<OffersDbContext> options, CountyProfile county, int count)
    {
        var now = DateTimeOffset.UtcNow;
        await using var db = new OffersDbContext(options);
        db.ChangeTracker.AutoDetectChangesEnabled = false;
        for (var i = 0; i < count; i++)
        {
            var template = DemoOfferTemplates.All[i % DemoOfferTemplates.All.Length];
            var municipality = county.Municipalities[i / DemoOfferTemplates.All.Length % county.Municipalities.Count];
            var request = DemoDataLoader.ToRequest(template, municipality, i);
            var place = Places[i / 169 % Places.Length];
            var day = Days[i / 7 % Days.Length];
            request = request with
            {
                Title = $"{template.Title} {place}".Trim(),
                Schedule = [.. template.Schedule.Select(s => (WeeklySlotDto?)(s with { DayOfWeek = day }))],
                Languages = [.. template.Languages.Append(ExtraLanguages[i % ExtraLanguages.Length]).Distinct()],
            };
            var offer = new Offer { Id = Guid.CreateVersion7(), Status = OfferStatus.Published, Version = 1, CreatedAt = now, UpdatedAt = now, PublishedAt = now };
            offer.Apply(request, county);
            offer.ProviderName = request.Provider!.Name!;
            offer.ProviderOrganization = request.Provider.Organization;
            db.Offers.Add(offer);
        }

        await db.SaveChangesAsync();
    }
}
