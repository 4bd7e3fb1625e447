using Messaging.ReadModels;

namespace Events.Api.Model;

/// <summary>Read model of published offers (from the Offers context), to check relatedOfferId.</summary>
public sealed class KnownOffer : IReadModel
{
    public Guid OfferId { get; init; }
    public long Version { get; set; }
    public string Title { get; set; } = "";
    public string Municipality { get; set; } = "";
    public bool Archived { get; set; }
}
