namespace WebApp.Gateway;

// Volunteers as api.md describes them (section "Volunteers").

/// <summary>The body of POST /api/volunteers and PUT /api/volunteers/me.</summary>
public record VolunteerDraft
{
    public string FirstName { get; init; } = "";
    public string LastName { get; init; } = "";
    public string Email { get; init; } = "";
    public string? Phone { get; init; }
    public string Municipality { get; init; } = "";
    public IReadOnlyList<LanguageLevel> Languages { get; init; } = [];
    public IReadOnlyList<string> Skills { get; init; } = [];
    public IReadOnlyList<WeeklySlot> Availability { get; init; } = [];
    public IReadOnlyList<string> Roles { get; init; } = [];
    public Consent? Consent { get; init; }
}

/// <summary>A volunteer's profile as the API answers it.</summary>
public sealed record VolunteerProfile : VolunteerDraft
{
    public Guid Id { get; init; }
    public IReadOnlyList<Qualification> Qualifications { get; init; } = [];
    public IReadOnlyList<Assignment> Assignments { get; init; } = [];
}

public sealed record LanguageLevel(string Code, string Level);

public sealed record Qualification(Guid EventId, string Title, DateTimeOffset CompletedOn);

public sealed record Assignment(Guid OfferId, DateTimeOffset Since);

public sealed record Consent(string Version, DateTimeOffset GivenAt);

public sealed record VolunteerMatch(Guid VolunteerId, string FirstName, string LastName, string Municipality, double Score, IReadOnlyList<string> Reasons);

public sealed record MatchList(Guid OfferId, IReadOnlyList<VolunteerMatch> Items);

public sealed record OfferSuggestion(Guid OfferId, string Title, string Category, string Municipality, int HelpersNeeded, double Score, IReadOnlyList<string> Reasons);

public sealed record SuggestionList(IReadOnlyList<OfferSuggestion> Items);

/// <summary>GET /api/volunteers/me/export: everything held about the caller in every service.</summary>
public sealed record PersonalDataExport(DateTimeOffset ExportedAt, VolunteerProfile Profile, ExportedEventsData Events);

public sealed record ExportedEventsData(IReadOnlyList<ExportedRegistration> Registrations, IReadOnlyList<ExportedAttendance> Attendance);

public sealed record ExportedRegistration(Guid EventId, string EventTitle, DateTimeOffset Start, string Status, int? Position, DateTimeOffset RegisteredAt);

public sealed record ExportedAttendance(Guid EventId, string EventTitle, DateOnly AttendedOn);
