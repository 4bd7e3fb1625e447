namespace Events.Api.Model;

public enum RegistrationStatus { Confirmed, Waitlisted }

/// <summary>A volunteer's seat or place on the waiting list; one per volunteer and event.</summary>
public sealed class Registration
{
    public Guid Id { get; set; }
    public Guid EventId { get; set; }
    public Guid VolunteerId { get; set; }
    public RegistrationStatus Status { get; set; }

    /// <summary>Order of arrival within the event (from <see cref="Event.RegistrationCounter"/>).</summary>
    public long Number { get; set; }
    public DateTimeOffset RegisteredAt { get; set; }
    public DateTimeOffset? ConfirmedAt { get; set; }
}
