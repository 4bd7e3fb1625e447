namespace Events.Api.Model;

/// <summary>
/// Read model of registered volunteers (from the Volunteers context): maps a token's subject to
/// the volunteer id. Deleted on erasure.
/// </summary>
public sealed class KnownVolunteer
{
    public Guid VolunteerId { get; set; }
    public required string Subject { get; set; }
    public required string Municipality { get; set; }
    public required string DisplayName { get; set; }
    public long Version { get; set; }
}
