using Contracts.Schedules;
using ServiceDefaults.Api;
using Contracts.Offers;
using Offers.Api.Model;
using ReferenceData;

namespace Offers.Api.Apis;

internal static class OfferMapping
{
    private static readonly TimeZoneInfo Berlin = TimeZoneInfo.FindSystemTimeZoneById("Europe/Berlin");

    /// <summary>Copies a validated request onto the offer; derived search columns are recomputed here.</summary>
    public static void Apply(this Offer offer, OfferRequest request, CountyProfile county)
    {
        var municipality = county.FindMunicipality(request.Municipality)!;
        offer.Title = request.Title!.Trim();
        offer.Summary = request.Summary?.Trim() ?? "";
        offer.Description = request.Description?.Trim() ?? "";
        offer.Category = request.Category!;
        offer.Tags = request.Tags?.Select(t => t!.Trim()).Distinct().ToList() ?? [];
        offer.Municipality = municipality.Id;
        offer.Address = request.Address is { } a ? new OfferAddress(a.Street, a.PostalCode, a.City) : null;
        offer.Latitude = request.Location?.Lat;
        offer.Longitude = request.Location?.Lon;
        offer.EffectiveLatitude = request.Location?.Lat ?? municipality.Location.Lat;
        offer.EffectiveLongitude = request.Location?.Lon ?? municipality.Location.Lon;
        offer.Online = request.Online ?? false;
        offer.Url = request.Url;
        offer.TargetGroups = request.TargetGroups?.Select(t => t!).Distinct().ToList() ?? [];
        offer.Languages = request.Languages?.Select(l => l!).Distinct().ToList() ?? [];
        offer.Schedule = request.Schedule?.Select(s => OfferSlot.From(WeeklySlot.Parse(s!.DayOfWeek, s.Start, s.End)!)).ToList() ?? [];
        offer.ScheduleDays = offer.Schedule.Select(s => s.DayOfWeek).Distinct().ToList();
        offer.ValidFrom = request.ValidFrom;
        offer.ValidUntil = request.ValidUntil;
        offer.CostFree = request.Cost?.Free ?? true;
        offer.CostNote = request.Cost?.Note;
        offer.Contact = request.Contact is { } c ? new OfferContact(c.Name, c.Phone, c.Email) : null;
        offer.HelpersNeeded = request.HelpersNeeded ?? 0;
        offer.Translations = (request.Translations ?? []).ToDictionary(
            t => t.Key, t => new OfferTranslation(t.Value!.Title, t.Value.Summary, t.Value.Description), StringComparer.Ordinal);
        offer.TranslatedText = string.Join(' ', offer.Translations.Values.Select(t => $"{t.Title} {t.Summary} {t.Description}"));
    }

    public static OfferResponse ToResponse(this Offer offer, string? language = null, double? distanceKm = null)
    {
        var translation = language is not null && offer.Translations.TryGetValue(language, out var t) ? t : null;
        return new OfferResponse(
            offer.Id,
            Pick(translation?.Title, offer.Title),
            Pick(translation?.Summary, offer.Summary),
            Pick(translation?.Description, offer.Description),
            offer.Category,
            offer.Tags,
            new ProviderDto(offer.ProviderName, offer.ProviderType.ToString().ToLowerInvariant(), offer.ProviderOrganization),
            offer.Municipality,
            offer.Address is { } a ? new AddressDto(a.Street, a.PostalCode, a.City) : null,
            offer.Latitude is { } lat && offer.Longitude is { } lon ? new LocationDto(lat, lon) : null,
            offer.Online,
            offer.Url,
            offer.TargetGroups,
            offer.Languages,
            offer.Schedule.Select(s => WeeklySlotDto.From(s.ToWeeklySlot())).ToList(),
            ToBerlin(offer.ValidFrom),
            ToBerlin(offer.ValidUntil),
            new CostDto(offer.CostFree, offer.CostNote),
            offer.Contact is { } c ? new ContactDto(c.Name, c.Phone, c.Email) : null,
            offer.HelpersNeeded,
            offer.Status.ToString().ToLowerInvariant(),
            offer.Translations.ToDictionary(x => x.Key, x => new TranslationDto(x.Value.Title, x.Value.Summary, x.Value.Description)),
            ToBerlin(offer.CreatedAt)!.Value,
            ToBerlin(offer.UpdatedAt)!.Value,
            translation is null ? "de" : language!,
            offer.Version,
            offer.IsDemo,
            distanceKm is null ? null : Math.Round(distanceKm.Value, 2));
    }

    public static OfferSnapshot ToSnapshot(this Offer offer) => new(
        offer.Id,
        offer.Version,
        offer.Title,
        offer.Category,
        offer.Municipality,
        new GeoPoint(offer.EffectiveLatitude, offer.EffectiveLongitude),
        offer.Online,
        offer.Languages,
        offer.TargetGroups,
        offer.Schedule.Select(s => s.ToWeeklySlot()).ToList(),
        offer.HelpersNeeded);

    private static string Pick(string? translated, string german) => string.IsNullOrWhiteSpace(translated) ? german : translated;

    private static DateTimeOffset? ToBerlin(DateTimeOffset? value) =>
        value is { } v ? TimeZoneInfo.ConvertTime(v, Berlin) : null;
}
