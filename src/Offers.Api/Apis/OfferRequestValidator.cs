using System.Globalization;
using Offers.Api.Model;
using ServiceDefaults.Api;
using ReferenceData;

namespace Offers.Api.Apis;

/// <summary>Checks an offer request against api.md and the county profile; every failure names its field.</summary>
internal static class OfferRequestValidator
{
    public static readonly string[] ProviderTypes = ["municipality", "welfare", "initiative", "school", "other"];

    public static ValidationErrors Validate(OfferRequest request, CountyProfile county)
    {
        var errors = new ValidationErrors();
        Text(errors, "title", request.Title, OfferLimits.Title, required: true);
        Text(errors, "summary", request.Summary, OfferLimits.Summary);
        Text(errors, "description", request.Description, OfferLimits.Description);
        errors.AddIf(string.IsNullOrWhiteSpace(request.Category), "category", "category is required.");
        errors.AddIf(!string.IsNullOrWhiteSpace(request.Category) && !county.IsCategory(request.Category), "category", $"'{request.Category}' is not a known category (see /api/categories).");
        errors.AddIf(string.IsNullOrWhiteSpace(request.Municipality), "municipality", "municipality is required.");
        errors.AddIf(!string.IsNullOrWhiteSpace(request.Municipality) && !county.IsMunicipality(request.Municipality), "municipality", $"'{request.Municipality}' is not a municipality of {county.Name} (see /api/municipalities).");
        ValidateTags(errors, request.Tags);
        ValidateProvider(errors, request.Provider);
        ValidateAddress(errors, request.Address);
        ValidateLocation(errors, request.Location);
        errors.AddIf(request.Url is not null && !Validators.IsHttpUrl(request.Url), "url", "url must be an absolute http(s) URL.");
        Codes(errors, "targetGroups", request.TargetGroups, county.IsTargetGroup, "is not a known target group (see /api/target-groups)");
        Codes(errors, "languages", request.Languages, LanguageCodes.IsKnown, "is not an ISO 639-1 language code");
        WeeklySlots.Validate(errors, "schedule", request.Schedule, OfferLimits.ScheduleSlots);
        errors.AddIf(request.ValidFrom is { } from && request.ValidUntil is { } until && until < from, "validUntil", "validUntil must not be before validFrom.");
        Text(errors, "cost.note", request.Cost?.Note, OfferLimits.CostNote);
        ValidateContact(errors, request.Contact);
        errors.AddIf(request.HelpersNeeded is < 0 or > OfferLimits.HelpersNeeded, "helpersNeeded", $"helpersNeeded must be between 0 and {OfferLimits.HelpersNeeded}.");
        ValidateTranslations(errors, request.Translations);
        return errors;
    }

    private static void Text(ValidationErrors errors, string field, string? value, int max, bool required = false)
    {
        errors.AddIf(required && string.IsNullOrWhiteSpace(value), field, $"{field} is required.");
        errors.AddIf(value is not null && value.Length > max, field, $"{field} must be at most {max} characters.");
    }

    private static void ValidateTags(ValidationErrors errors, List<string?>? tags)
    {
        if (tags is null)
        {
            return;
        }

        errors.AddIf(tags.Count > OfferLimits.Tags, "tags", $"At most {OfferLimits.Tags} tags.");
        for (var i = 0; i < tags.Count; i++)
        {
            errors.AddIf(string.IsNullOrWhiteSpace(tags[i]) || tags[i]!.Length > OfferLimits.Tag, $"tags[{i}]", $"A tag has 1 to {OfferLimits.Tag} characters.");
        }
    }

    private static void ValidateProvider(ValidationErrors errors, ProviderDto? provider)
    {
        if (provider is null)
        {
            return;
        }

        Text(errors, "provider.name", provider.Name, OfferLimits.ProviderName);
        errors.AddIf(provider.Type is not null && !ProviderTypes.Contains(provider.Type), "provider.type", $"provider.type must be one of {string.Join(", ", ProviderTypes)}.");
        Text(errors, "provider.organization", provider.Organization, 100);
    }

    private static void ValidateAddress(ValidationErrors errors, AddressDto? address)
    {
        if (address is null)
        {
            return;
        }

        Text(errors, "address.street", address.Street, OfferLimits.Street);
        Text(errors, "address.city", address.City, OfferLimits.City);
        errors.AddIf(address.PostalCode is not null && !(address.PostalCode.Length == 5 && address.PostalCode.All(char.IsAsciiDigit)),
            "address.postalCode", "address.postalCode must be five digits.");
    }

    private static void ValidateLocation(ValidationErrors errors, LocationDto? location)
    {
        if (location is null)
        {
            return;
        }

        errors.AddIf(location.Lat is not { } lat || !Validators.IsLatitude(lat), "location.lat", "location.lat must be between -90 and 90.");
        errors.AddIf(location.Lon is not { } lon || !Validators.IsLongitude(lon), "location.lon", "location.lon must be between -180 and 180.");
    }

    private static void Codes(ValidationErrors errors, string field, List<string?>? codes, Func<string?, bool> isKnown, string problem)
    {
        for (var i = 0; codes is not null && i < codes.Count; i++)
        {
            errors.AddIf(!isKnown(codes[i]), $"{field}[{i}]", $"'{codes[i]}' {problem}.");
        }
    }

    private static void ValidateContact(ValidationErrors errors, ContactDto? contact)
    {
        if (contact is null)
        {
            return;
        }

        Text(errors, "contact.name", contact.Name, OfferLimits.ContactName);
        errors.AddIf(contact.Phone is not null && !Validators.IsPhone(contact.Phone), "contact.phone", "contact.phone is not a phone number.");
        errors.AddIf(contact.Email is not null && !Validators.IsEmail(contact.Email), "contact.email", "contact.email is not an e-mail address.");
    }

    private static void ValidateTranslations(ValidationErrors errors, Dictionary<string, TranslationDto?>? translations)
    {
        foreach (var (language, translation) in translations ?? [])
        {
            var field = $"translations.{language}";
            errors.AddIf(!LanguageCodes.IsKnown(language) || language == "de", field, $"'{language}' is not an ISO 639-1 code other than de.");
            errors.AddIf(translation is null, field, "A translation needs title, summary or description.");
            Text(errors, $"{field}.title", translation?.Title, OfferLimits.Title);
            Text(errors, $"{field}.summary", translation?.Summary, OfferLimits.Summary);
            Text(errors, $"{field}.description", translation?.Description, OfferLimits.Description);
        }
    }
}
