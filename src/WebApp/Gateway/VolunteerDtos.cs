namespace WebApp.Gateway;

// Volunteers as api.md describes them (section "Volunteers").

public sealed record VolunteerProfile(
    Guid Id,
    string FirstName,
    string LastName,
    string Email,
    string? Phone,
    string Municipality,
    IReadOnlyList<LanguageLevel> Languages,
    IReadOnlyList<string> Skills,
    IReadOnlyList<WeeklySlot> Availability,
    IReadOnlyList<string> Roles,
    IReadOnlyList<Qualification> Qualifications,
    IReadOnlyList<Assignment> Assignments,
    Consent Consent);

public sealed record LanguageLevel(string Code, string Level);

public sealed record Qualification(Guid EventId, string Title, DateTimeOffset CompletedOn);

public sealed record Assignment(Guid OfferId, DateTimeOffset Since);

public sealed record Consent(string Version, DateTimeOffset GivenAt);

/// <summary>The body of POST /api/volunteers and PUT /api/volunteers/me.</summary>
public sealed record VolunteerDraft(
    string FirstName,
    string LastName,
    string Email,
    string? Phone,
    string Municipality,
    IReadOnlyList<LanguageLevel> Languages,
    IReadOnlyList<string> Skills,
    IReadOnlyList<WeeklySlot> Availability,
    IReadOnlyList<string> Roles,
    Consent? Consent);

public sealed record VolunteerMatch(Guid VolunteerId, string FirstName, string LastName, string Municipality, double Score, IReadOnlyList<string> Reasons);

public sealed record MatchList(Guid OfferId, IReadOnlyList<VolunteerMatch> Items);

public sealed record OfferSuggestion(Guid OfferId, string Title, string Category, string Municipality, int HelpersNeeded, double Score, IReadOnlyList<string> Reasons);

public sealed record SuggestionList(IReadOnlyList<OfferSuggestion> Items);

/// <summary>GET /api/volunteers/me/export: everything held about the caller in every service.</summary>
public sealed record PersonalDataExport(DateTimeOffset ExportedAt, VolunteerProfile Profile, ExportedEventsData Events);

public sealed record ExportedEventsData(IReadOnlyList<ExportedRegistration> Registrations, IReadOnlyList<ExportedAttendance> Attendance);

public sealed record ExportedRegistration(Guid EventId, string EventTitle, DateTimeOffset Start, string Status, int? Position, DateTimeOffset RegisteredAt);

public sealed record ExportedAttendance(Guid EventId, string EventTitle, DateOnly AttendedOn);
