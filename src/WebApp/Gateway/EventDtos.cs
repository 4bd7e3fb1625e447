namespace WebApp.Gateway;

// Events as api.md describes them (section "Events"); times are local to Europe/Berlin with offset.

public sealed record CountyEvent(
    Guid Id,
    string Title,
    string Description,
    string Type,
    string Organizer,
    string? Municipality,
    OfferAddress? Address,
    bool Online,
    string? OnlineUrl,
    DateTimeOffset Start,
    DateTimeOffset End,
    int Capacity,
    DateTimeOffset? RegistrationDeadline,
    string Audience,
    Guid? RelatedOfferId,
    string? Qualification,
    string Status,
    int SeatsLeft,
    int WaitlistLength);

public sealed record EventDraft(
    string Title,
    string Description,
    string Type,
    string Organizer,
    string? Municipality,
    OfferAddress? Address,
    bool Online,
    string? OnlineUrl,
    DateTimeOffset? Start,
    DateTimeOffset? End,
    int? Capacity,
    DateTimeOffset? RegistrationDeadline,
    string Audience,
    string? Qualification);

/// <summary>The answer to a registration: <c>confirmed</c>, or <c>waitlisted</c> with the position.</summary>
public sealed record RegistrationOutcome(string Status, int? Position);

public sealed record EventRegistration(Guid VolunteerId, string? DisplayName, string Status, int? Position, DateTimeOffset RegisteredAt, DateTimeOffset? ConfirmedAt);
