using ServiceDefaults.Api;
namespace Offers.Api.Apis;

// Requests: every value is nullable or a string so that a bad value reaches the validator and
// comes back as a 400 naming its field, rather than failing in the JSON reader.

public sealed record OfferRequest(
    string? Title,
    string? Summary,
    string? Description,
    string? Category,
    List<string?>? Tags,
    ProviderDto? Provider,
    string? Municipality,
    AddressDto? Address,
    LocationDto? Location,
    bool? Online,
    string? Url,
    List<string?>? TargetGroups,
    List<string?>? Languages,
    List<WeeklySlotDto?>? Schedule,
    DateTimeOffset? ValidFrom,
    DateTimeOffset? ValidUntil,
    CostDto? Cost,
    ContactDto? Contact,
    int? HelpersNeeded,
    Dictionary<string, TranslationDto?>? Translations);

/// <summary>
/// <c>organization</c> is an addition to api.md: the <c>org</c> whose providers may edit the offer.
/// Providers always get their own; coordinators and admins may name one.
/// </summary>
public sealed record ProviderDto(string? Name, string? Type, string? Organization = null);

public sealed record AddressDto(string? Street, string? PostalCode, string? City);

public sealed record LocationDto(double? Lat, double? Lon);


public sealed record CostDto(bool? Free, string? Note);

public sealed record ContactDto(string? Name, string? Phone, string? Email);

public sealed record TranslationDto(string? Title, string? Summary, string? Description);

// Responses.

public sealed record OfferResponse(
    Guid Id,
    string Title,
    string Summary,
    string Description,
    string Category,
    IReadOnlyList<string> Tags,
    ProviderDto Provider,
    string Municipality,
    AddressDto? Address,
    LocationDto? Location,
    bool Online,
    string? Url,
    IReadOnlyList<string> TargetGroups,
    IReadOnlyList<string> Languages,
    IReadOnlyList<WeeklySlotDto> Schedule,
    DateTimeOffset? ValidFrom,
    DateTimeOffset? ValidUntil,
    CostDto Cost,
    ContactDto? Contact,
    int HelpersNeeded,
    string Status,
    IReadOnlyDictionary<string, TranslationDto> Translations,
    DateTimeOffset CreatedAt,
    DateTimeOffset UpdatedAt,
    string Language,
    long Version,
    bool Demo,
    double? DistanceKm = null,
    IReadOnlyList<OverlapResponse>? PossibleOverlaps = null);

public sealed record OverlapResponse(Guid Id, string Title, string Municipality, string ProviderName, IReadOnlyList<string> Reasons);

public sealed record OverlapGroupResponse(IReadOnlyList<OverlapResponse> Offers, IReadOnlyList<string> Reasons);
