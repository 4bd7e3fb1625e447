namespace WebApp.Gateway;

// The offer as api.md describes it (section "Offers"); enumerations stay strings, as on the wire.

/// <summary>
/// What an editor sends (POST and PUT /api/offers): the offer's content. <see cref="Offer"/> is the
/// same content as the API answers it, with what only the API sets.
/// </summary>
public record OfferDraft
{
    public string Title { get; init; } = "";
    public string Summary { get; init; } = "";
    public string Description { get; init; } = "";
    public string Category { get; init; } = "";
    public IReadOnlyList<string> Tags { get; init; } = [];
    public OfferProvider Provider { get; init; } = new("", "other");
    public string Municipality { get; init; } = "";
    public OfferAddress? Address { get; init; }
    public GeoLocation? Location { get; init; }
    public bool Online { get; init; }
    public string? Url { get; init; }
    public IReadOnlyList<string> TargetGroups { get; init; } = [];
    public IReadOnlyList<string> Languages { get; init; } = [];
    public IReadOnlyList<WeeklySlot> Schedule { get; init; } = [];
    public OfferCost Cost { get; init; } = new(true, null);
    public OfferContact? Contact { get; init; }
    public int HelpersNeeded { get; init; }
    public IReadOnlyDictionary<string, OfferTranslation>? Translations { get; init; }
}

/// <summary>An offer as the API answers it (api.md, "Offers").</summary>
public sealed record Offer : OfferDraft
{
    public Guid Id { get; init; }
    public string Status { get; init; } = "";
    public DateTimeOffset? ValidFrom { get; init; }
    public DateTimeOffset? ValidUntil { get; init; }
    public DateTimeOffset CreatedAt { get; init; }
    public DateTimeOffset UpdatedAt { get; init; }

    /// <summary>The language the texts are in (a translation, or the German original).</summary>
    public string? Language { get; init; }

    public double? DistanceKm { get; init; }

    /// <summary>Only in the answer to a publish: published offers this one may duplicate.</summary>
    public IReadOnlyList<OverlappingOffer>? PossibleOverlaps { get; init; }
}

public sealed record OfferProvider(string Name, string Type, string? Organization = null);

public sealed record OfferAddress(string? Street, string? PostalCode, string? City);

public sealed record GeoLocation(double Lat, double Lon);

public sealed record WeeklySlot(string DayOfWeek, string Start, string End);

public sealed record OfferCost(bool Free, string? Note);

public sealed record OfferContact(string? Name, string? Phone, string? Email);

public sealed record OfferTranslation(string? Title, string? Summary, string? Description);

public sealed record OverlappingOffer(Guid Id, string Title, string Municipality, string ProviderName, IReadOnlyList<string> Reasons);

public sealed record OverlapGroup(IReadOnlyList<OverlappingOffer> Offers, IReadOnlyList<string> Reasons);

/// <summary>One page of a list (api.md, "Lists").</summary>
public sealed record PagedList<T>(IReadOnlyList<T> Items, int Page, int PageSize, int Total)
{
    public int PageCount => PageSize <= 0 ? 0 : (Total + PageSize - 1) / PageSize;
}

public sealed record ReferenceItem(string Id, string Name);

public sealed record Municipality(string Id, string Name, string Region, GeoLocation Location);
