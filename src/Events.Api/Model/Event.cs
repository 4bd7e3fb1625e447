namespace Events.Api.Model;

public enum EventType { Networking, Training, SelfCare, Information, Encounter }

public enum EventAudience { Public, Volunteers, Coordinators }

public enum EventStatus { Scheduled, Cancelled, Completed }

public sealed record EventAddress(string Street, string PostalCode, string City);

/// <summary>
/// A networking meeting or training. <see cref="ConfirmedCount"/> and <see cref="WaitlistCount"/>
/// are kept on the row and only changed while the row is locked (SELECT ... FOR UPDATE), so
/// capacity is never exceeded under concurrent registrations.
/// </summary>
public sealed class Event
{
    public Guid Id { get; set; }
    public required string Title { get; set; }
    public required string Description { get; set; }
    public EventType Type { get; set; }
    public required string Organizer { get; set; }

    /// <summary>Null for a county-wide event (managed by admins only).</summary>
    public string? Municipality { get; set; }
    public EventAddress? Address { get; set; }
    public bool Online { get; set; }
    public string? OnlineUrl { get; set; }
    public DateTimeOffset Start { get; set; }
    public DateTimeOffset End { get; set; }
    public int Capacity { get; set; }
    public DateTimeOffset? RegistrationDeadline { get; set; }
    public EventAudience Audience { get; set; }
    public Guid? RelatedOfferId { get; set; }
    public string? Qualification { get; set; }
    public EventStatus Status { get; set; }
    public int ConfirmedCount { get; set; }
    public int WaitlistCount { get; set; }

    /// <summary>Hands out the order of arrival; the waiting list is served by it.</summary>
    public long RegistrationCounter { get; set; }

    /// <summary>Raised on every change; the ETag.</summary>
    public long Version { get; set; }

    /// <summary>iCalendar SEQUENCE: raised when time, place or status change (RFC 5545 3.8.7.4).</summary>
    public int CalendarSequence { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
    public DateTimeOffset UpdatedAt { get; set; }

    public int SeatsLeft => Math.Max(Capacity - ConfirmedCount, 0);

    /// <summary>What callers see: a scheduled event that has ended counts as completed.</summary>
    public EventStatus EffectiveStatus(DateTimeOffset now) =>
        Status == EventStatus.Scheduled && End <= now ? EventStatus.Completed : Status;
}
