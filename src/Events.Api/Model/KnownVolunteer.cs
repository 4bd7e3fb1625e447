using Messaging.ReadModels;

namespace Events.Api.Model;

/// <summary>
/// Read model of registered volunteers (from the Volunteers context): maps a token's subject to
/// the volunteer id, with the name organisers see. On erasure it becomes a tombstone: the id
/// alone, so a late <c>VolunteerUpdated</c> recreates nothing.
/// </summary>
public sealed class KnownVolunteer : IErasableReadModel
{
    public Guid VolunteerId { get; init; }
    public string? Subject { get; set; }
    public string Municipality { get; set; } = "";
    public string DisplayName { get; set; } = "";
    public long Version { get; set; }
    public bool Erased { get; set; }
}
