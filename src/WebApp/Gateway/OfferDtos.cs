namespace WebApp.Gateway;

// The offer as api.md describes it (section "Offers"); enumerations stay strings, as on the wire.

public sealed record Offer(
    Guid Id,
    string Title,
    string Summary,
    string Description,
    string Category,
    IReadOnlyList<string> Tags,
    OfferProvider Provider,
    string Municipality,
    OfferAddress? Address,
    GeoLocation? Location,
    bool Online,
    string? Url,
    IReadOnlyList<string> TargetGroups,
    IReadOnlyList<string> Languages,
    IReadOnlyList<WeeklySlot> Schedule,
    DateTimeOffset? ValidFrom,
    DateTimeOffset? ValidUntil,
    OfferCost Cost,
    OfferContact? Contact,
    int HelpersNeeded,
    string Status,
    IReadOnlyDictionary<string, OfferTranslation>? Translations,
    DateTimeOffset CreatedAt,
    DateTimeOffset UpdatedAt,
    string? Language = null,
    double? DistanceKm = null,
    IReadOnlyList<OverlappingOffer>? PossibleOverlaps = null);

public sealed record OfferProvider(string Name, string Type, string? Organization = null);

public sealed record OfferAddress(string? Street, string? PostalCode, string? City);

public sealed record GeoLocation(double Lat, double Lon);

public sealed record WeeklySlot(string DayOfWeek, string Start, string End);

public sealed record OfferCost(bool Free, string? Note);

public sealed record OfferContact(string? Name, string? Phone, string? Email);

public sealed record OfferTranslation(string? Title, string? Summary, string? Description);

public sealed record OverlappingOffer(Guid Id, string Title, string Municipality, string ProviderName, IReadOnlyList<string> Reasons);

public sealed record OverlapGroup(IReadOnlyList<OverlappingOffer> Offers, IReadOnlyList<string> Reasons);

/// <summary>The body of POST and PUT /api/offers.</summary>
public sealed record OfferDraft(
    string Title,
    string Summary,
    string Description,
    string Category,
    IReadOnlyList<string> Tags,
    OfferProvider Provider,
    string Municipality,
    OfferAddress? Address,
    GeoLocation? Location,
    bool Online,
    string? Url,
    IReadOnlyList<string> TargetGroups,
    IReadOnlyList<string> Languages,
    IReadOnlyList<WeeklySlot> Schedule,
    OfferCost Cost,
    OfferContact? Contact,
    int HelpersNeeded,
    IReadOnlyDictionary<string, OfferTranslation>? Translations);

/// <summary>One page of a list (api.md, "Lists").</summary>
public sealed record PagedList<T>(IReadOnlyList<T> Items, int Page, int PageSize, int Total)
{
    public int PageCount => PageSize <= 0 ? 0 : (Total + PageSize - 1) / PageSize;
}

public sealed record ReferenceItem(string Id, string Name);

public sealed record Municipality(string Id, string Name, string Region, GeoLocation Location);
