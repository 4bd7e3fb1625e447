namespace Volunteers.Api.Model;

/// <summary>
/// A volunteer's profile. Everything here is personal data: it is erased, not archived, when the
/// person asks (GDPR Art. 17). <see cref="LanguageCodes"/>, <see cref="Skills"/> and
/// <see cref="AvailableDays"/> are flat arrays so that list filters and matching can filter in SQL.
/// </summary>
public sealed class Volunteer
{
    public Guid Id { get; init; }

    /// <summary>The token's <c>sub</c>: one profile per person.</summary>
    public required string Subject { get; init; }

    public required string FirstName { get; set; }
    public required string LastName { get; set; }
    public required string Email { get; set; }
    public string? Phone { get; set; }
    public required string Municipality { get; set; }
    public List<LanguageSkill> Languages { get; set; } = [];
    public List<string> LanguageCodes { get; set; } = [];

    /// <summary><c>code:level</c>, e.g. <c>ar:native</c>; what matching reads (no JSON to parse).</summary>
    public List<string> LanguageLevels { get; set; } = [];
    public List<string> Skills { get; set; } = [];
    public List<AvailabilitySlot> Availability { get; set; } = [];
    public List<string> AvailableDays { get; set; } = [];

    /// <summary>
    /// The slots as minutes of the week (Monday 00:00 = 0), start and end in pairs: what matching
    /// reads, so scoring thousands of volunteers parses no text.
    /// </summary>
    public List<int> AvailabilityMinutes { get; set; } = [];
    public List<string> Roles { get; set; } = [];
    public List<Qualification> Qualifications { get; set; } = [];
    public List<Assignment> Assignments { get; init; } = [];
    public required string ConsentVersion { get; set; }
    public DateTimeOffset ConsentGivenAt { get; set; }
    public DateTimeOffset CreatedAt { get; init; }
    public DateTimeOffset UpdatedAt { get; set; }

    /// <summary>Rises with every change; the ETag and the concurrency token.</summary>
    public long Version { get; set; }

    public string DisplayName => $"{FirstName} {LastName}";

    public void SetLanguages(List<LanguageSkill> languages)
    {
        Languages = languages;
        LanguageCodes = languages.Select(l => l.Code).Distinct().ToList();
        LanguageLevels = languages.Select(l => $"{l.Code}:{l.Level}").ToList();
    }

    public void SetAvailability(List<AvailabilitySlot> availability)
    {
        Availability = availability;
        AvailableDays = availability.Select(a => a.DayOfWeek).Distinct().ToList();
        AvailabilityMinutes = availability.SelectMany(a => new[] { WeekMinutes.Of(a.DayOfWeek, a.Start), WeekMinutes.Of(a.DayOfWeek, a.End) }).ToList();
    }

    public void Touch(DateTimeOffset now)
    {
        UpdatedAt = now;
        Version++;
    }
}

public sealed record LanguageSkill(string Code, string Level);

/// <summary>A weekly slot; <c>dayOfWeek</c> is <c>monday</c>…<c>sunday</c>, times <c>HH:mm</c>.</summary>
public sealed record AvailabilitySlot(string DayOfWeek, string Start, string End);

public sealed record Qualification(Guid EventId, string Title, DateOnly CompletedOn);

/// <summary>Minutes since Monday 00:00, the unit in which matching compares schedules.</summary>
public static class WeekMinutes
{
    public static readonly string[] Days = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"];

    public static int Of(string day, string hhmm) =>
        Array.IndexOf(Days, day) * 1440 + int.Parse(hhmm.AsSpan(0, 2), provider: null) * 60 + int.Parse(hhmm.AsSpan(3, 2), provider: null);

    public static int Of(DayOfWeek day, TimeOnly time) => ((int)day + 6) % 7 * 1440 + time.Hour * 60 + time.Minute;

    public static string DayName(int minutes) => Days[minutes / 1440];
}
