using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Offers.Api.Model;
using ReferenceData;

namespace Offers.Api.Hsds;

/// <summary>
/// An offer as an HSDS 3.0 service. HSDS wants a UUID for every nested object; ours are derived
/// from the offer id (and the organisation's name), so an export is stable from call to call.
/// </summary>
internal static class HsdsMapping
{
    private static readonly Dictionary<string, string> Weekdays = new(StringComparer.Ordinal)
    {
        ["monday"] = "MO", ["tuesday"] = "TU", ["wednesday"] = "WE", ["thursday"] = "TH", ["friday"] = "FR", ["saturday"] = "SA", ["sunday"] = "SU",
    };

    public static HsdsService ToHsds(this Offer offer, CountyProfile county)
    {
        var municipality = county.FindMunicipality(offer.Municipality);
        var organizationId = Id($"org:{offer.ProviderOrganization ?? offer.ProviderName}");
        var locationId = Id($"location:{offer.Id}");
        var contact = offer.Contact;
        var description = string.Join("\n\n", new[] { offer.Summary, offer.Description }.Where(t => t.Length > 0));

        return new HsdsService(
            offer.Id,
            organizationId,
            offer.Title,
            description.Length > 0 ? description : offer.Title,
            offer.Url,
            contact?.Email,
            "active",
            offer.CostFree ? "kostenlos" : offer.CostNote,
            offer.UpdatedAt,
            new HsdsOrganization(organizationId, offer.ProviderName, $"{offer.ProviderName} ({offer.ProviderType.ToString().ToLowerInvariant()})"),
            [new HsdsServiceAtLocation(Id($"sal:{offer.Id}"), offer.Id, locationId, new HsdsLocation(
                locationId,
                offer.Online && offer.Address is null ? "virtual" : "physical",
                municipality?.Name ?? offer.Municipality,
                offer.Online ? offer.Url : null,
                offer.Latitude ?? municipality?.Location.Lat,
                offer.Longitude ?? municipality?.Location.Lon,
                Address(offer, locationId, municipality)))],
            offer.Schedule.Select((slot, i) => new HsdsSchedule(
                Id($"schedule:{offer.Id}:{i}"), offer.Id, "WEEKLY", "MO", Weekdays[slot.DayOfWeek], slot.Start, slot.End,
                offer.ValidFrom?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), offer.ValidUntil?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
                $"{slot.DayOfWeek} {slot.Start}-{slot.End}")).ToList(),
            offer.Languages.Select(code => new HsdsLanguage(Id($"language:{offer.Id}:{code}"), offer.Id, code, code)).ToList(),
            contact?.Phone is { } phone ? [new HsdsPhone(Id($"phone:{offer.Id}"), offer.Id, phone)] : [],
            contact is not null ? [new HsdsContact(Id($"contact:{offer.Id}"), offer.Id, contact.Name, contact.Email)] : [],
            [new HsdsCostOption(Id($"cost:{offer.Id}"), offer.Id, offer.CostFree ? "kostenlos" : "kostenpflichtig", offer.CostNote)]);
    }

    private static List<HsdsAddress> Address(Offer offer, Guid locationId, Municipality? municipality)
    {
        var address = offer.Address;
        var city = address?.City ?? municipality?.Name;
        if (address?.Street is null || address.PostalCode is null || city is null)
        {
            return []; // HSDS requires street, city and postal code of an address
        }

        return [new HsdsAddress(Id($"address:{offer.Id}"), locationId, address.Street, city, "Nordrhein-Westfalen", address.PostalCode, "DE", "physical")];
    }

    private static Guid Id(string key) => new(MD5.HashData(Encoding.UTF8.GetBytes(key)));
}
