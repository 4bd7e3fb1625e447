using Contracts.Schedules;
using System.Globalization;
using ServiceDefaults.Api;
using ReferenceData;
using Volunteers.Api.Model;

namespace Volunteers.Api.Apis;

/// <summary>The rules of a volunteer profile (api.md); every failure names its field.</summary>
internal static class VolunteerValidation
{
    public static readonly string[] Levels = ["basic", "good", "fluent", "native"];

    public static readonly string[] SkillIds =
        ["accompaniment", "language-support", "interpreting", "childcare", "tutoring", "listening", "driving", "digital-help", "other"];

    /// <summary>Four slots a day, every day.</summary>
    public const int MaxAvailabilitySlots = 28;

    public static readonly string[] RoleIds = ["volunteer", "regional-helper"];

    public static ValidationErrors Validate(VolunteerRequest request, CountyProfile county, bool consentRequired)
    {
        var errors = new ValidationErrors();
        RequireText(errors, "firstName", request.FirstName, 100);
        RequireText(errors, "lastName", request.LastName, 100);
        errors.AddIf(!Validators.IsEmail(request.Email), "email", "email must be a valid e-mail address.");
        errors.AddIf(request.Phone is not null && !Validators.IsPhone(request.Phone), "phone",
            "phone must be a phone number such as '02861 939414', '02861/939-106' or '+49 2382 590'.");
        errors.AddIf(!county.IsMunicipality(request.Municipality), "municipality",
            "municipality must be the id of a municipality of the county (GET /api/municipalities).");
        ValidateLanguages(errors, request.Languages);
        ValidateList(errors, "skills", request.Skills, SkillIds);
        ValidateList(errors, "roles", request.Roles, RoleIds);
        WeeklySlots.Validate(errors, "availability", request.Availability, MaxAvailabilitySlots);
        ValidateConsent(errors, request.Consent, consentRequired);
        return errors;
    }

    private static void RequireText(ValidationErrors errors, string field, string? value, int maxLength)
    {
        errors.AddIf(string.IsNullOrWhiteSpace(value), field, $"{field} is required.");
        errors.AddIf(value is { Length: > 0 } && value.Length > maxLength, field, $"{field} must be at most {maxLength} characters.");
    }

    private static void ValidateLanguages(ValidationErrors errors, List<LanguageRequest?>? languages)
    {
        for (var i = 0; i < (languages?.Count ?? 0); i++)
        {
            var language = languages![i];
            errors.AddIf(language?.Code is null || !LanguageCodes.IsKnown(language.Code), $"languages[{i}].code",
                "code must be an ISO 639-1 language code in lower case, e.g. 'de', 'ar', 'uk'.");
            errors.AddIf(language?.Level is null || !Levels.Contains(language.Level), $"languages[{i}].level",
                "level must be one of: basic, good, fluent, native.");
        }

        var codes = languages?.Where(l => l?.Code is not null).Select(l => l!.Code).ToList() ?? [];
        errors.AddIf(codes.Count != codes.Distinct().Count(), "languages", "each language may appear once.");
    }

    private static void ValidateList(ValidationErrors errors, string field, List<string?>? values, string[] allowed)
    {
        for (var i = 0; i < (values?.Count ?? 0); i++)
        {
            errors.AddIf(values![i] is null || !allowed.Contains(values[i]), $"{field}[{i}]",
                $"must be one of: {string.Join(", ", allowed)}.");
        }
    }

    private static void ValidateConsent(ValidationErrors errors, ConsentRequest? consent, bool required)
    {
        if (consent is null)
        {
            errors.AddIf(required, "consent", "consent { version, givenAt } is required to register.");
            return;
        }

        errors.AddIf(string.IsNullOrWhiteSpace(consent.Version) || consent.Version.Length > 50, "consent.version",
            "consent.version is required (at most 50 characters).");
        errors.AddIf(consent.GivenAt is null, "consent.givenAt", "consent.givenAt is required (ISO 8601 with offset).");
        errors.AddIf(consent.GivenAt > DateTimeOffset.UtcNow.AddMinutes(5), "consent.givenAt", "consent.givenAt must not be in the future.");
    }

    /// <summary>Copies a validated request onto the profile.</summary>
    public static void Apply(VolunteerRequest request, Volunteer volunteer)
    {
        volunteer.FirstName = request.FirstName!.Trim();
        volunteer.LastName = request.LastName!.Trim();
        volunteer.Email = request.Email!;
        volunteer.Phone = string.IsNullOrWhiteSpace(request.Phone) ? null : request.Phone.Trim();
        volunteer.Municipality = request.Municipality!;
        volunteer.SetLanguages(request.Languages?.Select(l => new LanguageSkill(l!.Code!, l.Level!)).ToList() ?? []);
        volunteer.Skills = request.Skills?.Select(s => s!).Distinct().ToList() ?? [];
        volunteer.SetAvailability(request.Availability?.Select(a => WeeklySlot.Parse(a!.DayOfWeek, a.Start, a.End)!).ToList() ?? []);
        volunteer.Roles = request.Roles is { Count: > 0 } ? request.Roles.Select(r => r!).Distinct().ToList() : ["volunteer"];
        if (request.Consent is { } consent)
        {
            volunteer.ConsentVersion = consent.Version!;
            volunteer.ConsentGivenAt = consent.GivenAt!.Value;
        }
    }
}
