using Events.Api.Model;

namespace Events.Api.Apis;

public sealed record AddressDto(string? Street, string? PostalCode, string? City);

/// <summary>Body of POST and PUT /api/events. Enumerations arrive as strings so a bad value names its field.</summary>
public sealed record EventRequest(
    string? Title,
    string? Description,
    string? Type,
    string? Organizer,
    string? Municipality,
    AddressDto? Address,
    bool? Online,
    string? OnlineUrl,
    DateTimeOffset? Start,
    DateTimeOffset? End,
    int? Capacity,
    DateTimeOffset? RegistrationDeadline,
    string? Audience,
    Guid? RelatedOfferId,
    string? Qualification);

public sealed record EventResponse(
    Guid Id,
    string Title,
    string Description,
    EventType Type,
    string Organizer,
    string? Municipality,
    EventAddress? Address,
    bool Online,
    string? OnlineUrl,
    DateTimeOffset Start,
    DateTimeOffset End,
    int Capacity,
    DateTimeOffset? RegistrationDeadline,
    EventAudience Audience,
    Guid? RelatedOfferId,
    string? Qualification,
    EventStatus Status,
    int SeatsLeft,
    int WaitlistLength,
    DateTimeOffset CreatedAt,
    DateTimeOffset UpdatedAt)
{
    /// <summary>Maps an event; <paramref name="showOnlineUrl"/> only for confirmed participants and organisers.</summary>
    public static EventResponse From(Event e, bool showOnlineUrl, DateTimeOffset now) => new(
        e.Id, e.Title, e.Description, e.Type, e.Organizer, e.Municipality, e.Address, e.Online,
        showOnlineUrl ? e.OnlineUrl : null,
        BerlinTime.ToLocal(e.Start), BerlinTime.ToLocal(e.End), e.Capacity, BerlinTime.ToLocal(e.RegistrationDeadline),
        e.Audience, e.RelatedOfferId, e.Qualification, e.EffectiveStatus(now), e.SeatsLeft, e.WaitlistCount,
        BerlinTime.ToLocal(e.CreatedAt), BerlinTime.ToLocal(e.UpdatedAt));
}

public sealed record RegistrationResponse(RegistrationStatus Status, int? Position);

public sealed record RegistrationEntry(
    Guid VolunteerId, string? DisplayName, RegistrationStatus Status, int? Position, DateTimeOffset RegisteredAt, DateTimeOffset? ConfirmedAt);

public sealed record AttendanceRequest(IReadOnlyList<Guid>? VolunteerIds);

public sealed record AttendanceResponse(IReadOnlyList<Guid> Recorded, IReadOnlyList<Guid> AlreadyRecorded);
