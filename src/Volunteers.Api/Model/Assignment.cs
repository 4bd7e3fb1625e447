namespace Volunteers.Api.Model;

/// <summary>A volunteer helps with an offer, from <see cref="Since"/>.</summary>
public sealed class Assignment
{
    public Guid VolunteerId { get; init; }
    public Guid OfferId { get; init; }
    public DateTimeOffset Since { get; init; }
    public required string AssignedBy { get; init; }
}
