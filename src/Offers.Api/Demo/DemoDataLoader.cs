using ServiceDefaults.Api;
using System.Security.Cryptography;
using System.Text;
using Contracts.Offers;
using Messaging.Outbox;
using Microsoft.EntityFrameworkCore;
using Offers.Api.Apis;
using Offers.Api.Infrastructure;
using Offers.Api.Model;
using ReferenceData;

namespace Offers.Api.Demo;

/// <summary>
/// Loads the demo catalogue: five offers in each municipality (65 for Kreis Warendorf), published,
/// marked <see cref="Offer.IsDemo"/>. Ids are derived from municipality and template, so loading
/// twice adds nothing. Published like any offer: OfferPublished goes through the outbox.
/// </summary>
public static class DemoDataLoader
{
    public const int OffersPerMunicipality = 5;

    private static readonly Dictionary<string, string> PostalCodes = new(StringComparer.Ordinal)
    {
        ["ahlen"] = "59227", ["beckum"] = "59269", ["beelen"] = "48361", ["drensteinfurt"] = "48317", ["ennigerloh"] = "59320",
        ["everswinkel"] = "48351", ["oelde"] = "59302", ["ostbevern"] = "48346", ["sassenberg"] = "48336", ["sendenhorst"] = "48324",
        ["telgte"] = "48291", ["wadersloh"] = "59329", ["warendorf"] = "48231",
    };

    public static async Task<int> LoadAsync(OffersDbContext db, CountyProfile county, CancellationToken cancellationToken)
    {
        var existing = (await db.Offers.Where(o => o.IsDemo).Select(o => o.Id).ToListAsync(cancellationToken)).ToHashSet();
        var now = DateTimeOffset.UtcNow;
        var added = 0;
        for (var m = 0; m < county.Municipalities.Count; m++)
        {
            var municipality = county.Municipalities[m];
            for (var k = 0; k < OffersPerMunicipality; k++)
            {
                var templateIndex = (m * OffersPerMunicipality + k) % DemoOfferTemplates.All.Length;
                var id = DeterministicId($"demo:{municipality.Id}:{templateIndex}");
                if (existing.Contains(id))
                {
                    continue;
                }

                var offer = new Offer { Id = id, Status = OfferStatus.Published, Version = 1, CreatedAt = now, UpdatedAt = now, PublishedAt = now, IsDemo = true };
                var request = ToRequest(DemoOfferTemplates.All[templateIndex], municipality, m + k);
                offer.Apply(request, county);
                offer.ProviderName = request.Provider!.Name!;
                offer.ProviderType = Enum.Parse<ProviderType>(request.Provider.Type!, ignoreCase: true);
                offer.ProviderOrganization = request.Provider.Organization;
                db.Offers.Add(offer);
                db.AddIntegrationEvent(new OfferPublishedIntegrationEvent(offer.ToSnapshot(), now));
                added++;
            }
        }

        await db.SaveChangesAsync(cancellationToken);
        return added;
    }

    public static OfferRequest ToRequest(DemoOfferTemplate template, Municipality municipality, int variant)
    {
        var slug = municipality.Id;
        var provider = template.ProviderType switch
        {
            "welfare" => new ProviderDto(new[] { "Caritasverband", "Diakonie", "AWO", "DRK-Kreisverband" }[variant % 4] + " " + municipality.Name, "welfare", $"welfare-{slug}-{variant % 4}"),
            "municipality" => new ProviderDto($"Stadt {municipality.Name}, Integrationsbüro", "municipality", $"stadt-{slug}"),
            "school" => new ProviderDto($"Familienzentrum {municipality.Name}", "school", $"fz-{slug}"),
            _ => new ProviderDto(new[] { "Flüchtlingshilfe", "Netzwerk Willkommen" }[variant % 2] + " " + municipality.Name + " e.V.", "initiative", $"init-{slug}-{variant % 2}"),
        };

        // Every other offer has exact coordinates; the rest count at the municipality's centre.
        var location = variant % 2 == 0
            ? new LocationDto(Math.Round(municipality.Location.Lat + ((variant % 5) - 2) * 0.003, 5), Math.Round(municipality.Location.Lon + ((variant % 3) - 1) * 0.004, 5))
            : null;
        return new OfferRequest(
            template.Title, template.Summary, template.Description, template.Category,
            [.. template.Tags], provider, municipality.Id,
            new AddressDto($"{new[] { "Marktplatz", "Kirchstraße", "Bahnhofstraße", "Schulstraße" }[variant % 4]} {variant + 1}", PostalCodes.GetValueOrDefault(slug), municipality.Name),
            location, template.Online, template.Online ? $"https://beratung.example.org/{slug}" : null,
            [.. template.TargetGroups], [.. template.Languages], [.. template.Schedule.Select(s => (WeeklySlotDto?)s)],
            null, null, new CostDto(true, null),
            new ContactDto("Team Integration", $"0{2380 + variant % 9} {900000 + variant * 137}", $"integration@{slug}.example.org"),
            template.HelpersNeeded,
            template.Translations?.ToDictionary(t => t.Key, t => (TranslationDto?)t.Value));
    }

    private static Guid DeterministicId(string key) => new(MD5.HashData(Encoding.UTF8.GetBytes(key)));
}
