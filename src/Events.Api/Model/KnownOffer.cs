namespace Events.Api.Model;

/// <summary>Read model of published offers (from the Offers context), to check relatedOfferId.</summary>
public sealed class KnownOffer
{
    public Guid OfferId { get; set; }
    public long Version { get; set; }
    public required string Title { get; set; }
    public required string Municipality { get; set; }
    public bool Archived { get; set; }
}
