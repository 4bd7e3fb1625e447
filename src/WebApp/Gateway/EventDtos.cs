namespace WebApp.Gateway;

// Events as api.md describes them (section "Events"); times are local to Europe/Berlin with offset.

/// <summary>What describes an event, both in what an organiser sends and in what the API answers.</summary>
public abstract record EventDescription
{
    public string Title { get; init; } = "";
    public string Description { get; init; } = "";
    public string Type { get; init; } = "";
    public string Organizer { get; init; } = "";
    public string? Municipality { get; init; }
    public OfferAddress? Address { get; init; }
    public bool Online { get; init; }

    /// <summary>Shown by the API only to confirmed participants and organisers.</summary>
    public string? OnlineUrl { get; init; }

    public DateTimeOffset? RegistrationDeadline { get; init; }
    public string Audience { get; init; } = "";

    /// <summary>What a training certifies.</summary>
    public string? Qualification { get; init; }
}

/// <summary>The body of POST /api/events. Missing times or capacity go as null, for the API to name.</summary>
public sealed record EventDraft : EventDescription
{
    public DateTimeOffset? Start { get; init; }
    public DateTimeOffset? End { get; init; }
    public int? Capacity { get; init; }
}

/// <summary>An event as the API answers it.</summary>
public sealed record CountyEvent : EventDescription
{
    public Guid Id { get; init; }
    public DateTimeOffset Start { get; init; }
    public DateTimeOffset End { get; init; }
    public int Capacity { get; init; }
    public Guid? RelatedOfferId { get; init; }
    public string Status { get; init; } = "";
    public int SeatsLeft { get; init; }
    public int WaitlistLength { get; init; }
}

/// <summary>The answer to a registration: <c>confirmed</c>, or <c>waitlisted</c> with the position.</summary>
public sealed record RegistrationOutcome(string Status, int? Position);

public sealed record EventRegistration(Guid VolunteerId, string? DisplayName, string Status, int? Position, DateTimeOffset RegisteredAt, DateTimeOffset? ConfirmedAt);
