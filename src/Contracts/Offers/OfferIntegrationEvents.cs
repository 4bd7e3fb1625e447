using Contracts.Schedules;

namespace Contracts.Offers;

public sealed record GeoPoint(double Lat, double Lon);

/// <summary>
/// What other contexts need to know about a published offer. <see cref="Version"/> rises with
/// every change, so a consumer can ignore an older message that arrives after a newer one.
/// </summary>
public sealed record OfferSnapshot(
    Guid OfferId,
    long Version,
    string Title,
    string Category,
    string Municipality,
    GeoPoint? Location,
    bool Online,
    IReadOnlyList<string> Languages,
    IReadOnlyList<string> TargetGroups,
    IReadOnlyList<WeeklySlot> Schedule,
    int HelpersNeeded);

public sealed record OfferPublishedIntegrationEvent(OfferSnapshot Offer, DateTimeOffset OccurredAt) : IIntegrationEvent;

/// <summary>A published offer changed.</summary>
public sealed record OfferUpdatedIntegrationEvent(OfferSnapshot Offer, DateTimeOffset OccurredAt) : IIntegrationEvent;

public sealed record OfferArchivedIntegrationEvent(Guid OfferId, long Version, DateTimeOffset OccurredAt) : IIntegrationEvent;
