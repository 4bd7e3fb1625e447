using Microsoft.EntityFrameworkCore;
using Offers.Api.Apis;
using Offers.Api.Demo;
using Offers.Api.Infrastructure;
using Offers.Api.Model;
using ServiceDefaults.Reference;

namespace Offers.Benchmarks;

/// <summary>Fills the catalogue with published offers built from the demo templates, varied in place, title, day and language.</summary>
internal static class CatalogueGenerator
{
    private static readonly string[] Places = ["", "im Pfarrheim", "im Jugendzentrum", "in der Stadtbücherei", "im Familienzentrum", "am Bahnhof", "Nord", "Süd", "Mitte", "am Abend", "für Einsteiger", "Gruppe 2", "im Bürgerhaus"];
    private static readonly string[] Days = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"];
    private static readonly string[] ExtraLanguages = ["ru", "tr", "fa", "uk", "ar", "ku", "ti", "en", "fr", "ro"];

    public static async Task FillAsync(DbContextOptions<OffersDbContext> options, CountyProfile county, int count)
    {
        const int batch = 2000;
        var now = DateTimeOffset.UtcNow;
        for (var start = 0; start < count; start += batch)
        {
            await using var db = new OffersDbContext(options);
            db.ChangeTracker.AutoDetectChangesEnabled = false;
            for (var i = start; i < Math.Min(start + batch, count); i++)
            {
                var template = DemoOfferTemplates.All[i % DemoOfferTemplates.All.Length];
                var municipality = county.Municipalities[i / DemoOfferTemplates.All.Length % county.Municipalities.Count];
                var request = DemoDataLoader.ToRequest(template, municipality, i);
                var place = Places[i / 169 % Places.Length];
                var day = Days[i / 7 % Days.Length];
                request = request with
                {
                    Title = $"{template.Title} {place}".Trim(),
                    Schedule = [.. template.Schedule.Select(s => (SlotDto?)(s with { DayOfWeek = day }))],
                    Languages = [.. template.Languages.Append(ExtraLanguages[i % ExtraLanguages.Length]).Distinct()],
                };
                var offer = new Offer { Id = Guid.CreateVersion7(), Status = OfferStatus.Published, Version = 1, CreatedAt = now, UpdatedAt = now, PublishedAt = now };
                offer.Apply(request, county);
                offer.ProviderName = request.Provider!.Name!;
                offer.ProviderOrganization = request.Provider.Organization;
                db.Offers.Add(offer);
            }

            await db.SaveChangesAsync();
            Console.Write($"\r{Math.Min(start + batch, count):N0} offers");
        }

        Console.WriteLine();
        await using var analyze = new OffersDbContext(options);
        await analyze.Database.ExecuteSqlRawAsync("VACUUM ANALYZE offers");
    }
}
