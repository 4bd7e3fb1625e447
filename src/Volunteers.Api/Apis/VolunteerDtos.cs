using ServiceDefaults.Api;
using Volunteers.Api.Model;

namespace Volunteers.Api.Apis;

/// <summary>Body of POST /api/volunteers and PUT /api/volunteers/me. Strings, so bad values get a 400 naming the field.</summary>
public sealed record VolunteerRequest(
    string? FirstName,
    string? LastName,
    string? Email,
    string? Phone,
    string? Municipality,
    List<LanguageRequest?>? Languages,
    List<string?>? Skills,
    List<WeeklySlotDto?>? Availability,
    List<string?>? Roles,
    ConsentRequest? Consent);

public sealed record LanguageRequest(string? Code, string? Level);

public sealed record ConsentRequest(string? Version, DateTimeOffset? GivenAt);

public sealed record ConsentResponse(string Version, DateTimeOffset GivenAt);

public sealed record AssignmentResponse(Guid OfferId, DateTimeOffset Since);

public sealed record VolunteerResponse(
    Guid Id,
    string FirstName,
    string LastName,
    string Email,
    string? Phone,
    string Municipality,
    IReadOnlyList<LanguageSkill> Languages,
    IReadOnlyList<string> Skills,
    IReadOnlyList<ScheduleSlot> Availability,
    IReadOnlyList<string> Roles,
    IReadOnlyList<Qualification> Qualifications,
    IReadOnlyList<AssignmentResponse> Assignments,
    ConsentResponse Consent,
    DateTimeOffset CreatedAt,
    DateTimeOffset UpdatedAt)
{
    public static VolunteerResponse From(Volunteer v) => new(
        v.Id, v.FirstName, v.LastName, v.Email, v.Phone, v.Municipality, v.Languages, v.Skills, v.Availability, v.Roles,
        v.Qualifications,
        v.Assignments.OrderBy(a => a.Since).Select(a => new AssignmentResponse(a.OfferId, a.Since)).ToList(),
        new ConsentResponse(v.ConsentVersion, v.ConsentGivenAt), v.CreatedAt, v.UpdatedAt);
}
