namespace Events.Api.Model;

/// <summary>A volunteer attended an event; one row per volunteer and event.</summary>
public sealed class Attendance
{
    public Guid EventId { get; set; }
    public Guid VolunteerId { get; set; }
    public DateTimeOffset RecordedAt { get; set; }
}
