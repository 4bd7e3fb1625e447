using Contracts.Schedules;

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
    public List<ScheduleSlot> Availability { get; set; } = [];
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

    public void SetAvailability(List<WeeklySlot> availability)
    {
        Availability = availability.Select(ScheduleSlot.From).ToList();
        AvailableDays = availability.Select(a => a.Day).Distinct().ToList();
        AvailabilityMinutes = availability.SelectMany(a => new[] { a.WeekMinutes.Start, a.WeekMinutes.End }).ToList();
    }

    public void Touch(DateTimeOffset now)
    {
        UpdatedAt = now;
        Version++;
    }
}

public sealed record LanguageSkill(string Code, string Level);

public sealed record Qualification(Guid EventId, string Title, DateOnly CompletedOn);
