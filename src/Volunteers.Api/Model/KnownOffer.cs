namespace Volunteers.Api.Model;

/// <summary>
/// Read model of an offer, kept from the Offers context's integration events. <see cref="Version"/>
/// is the offer's own version: an older event arriving after a newer one changes nothing. An
/// archive that arrives first leaves an unpublished row, so a late publish cannot resurrect it.
/// </summary>
public sealed class KnownOffer : Messaging.ReadModels.IReadModel
{
    public Guid OfferId { get; init; }
    public long Version { get; set; }
    public string Title { get; set; } = "";
    public string Category { get; set; } = "";
    public string Municipality { get; set; } = "";
    public double? Lat { get; set; }
    public double? Lon { get; set; }
    public bool Online { get; set; }
    public List<string> Languages { get; set; } = [];
    public List<string> TargetGroups { get; set; } = [];
    public List<ScheduleSlot> Schedule { get; set; } = [];
    public int HelpersNeeded { get; set; }
    public bool Published { get; set; }
    public DateTimeOffset UpdatedAt { get; set; }
}
