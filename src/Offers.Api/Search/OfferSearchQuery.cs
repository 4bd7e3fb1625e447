namespace Offers.Api.Search;

/// <summary>The query string of <c>GET /api/offers</c> (api.md). Strings on purpose: a bad value is a 400 naming the parameter.</summary>
public sealed record OfferSearchQuery(
    string? Q,
    string? Municipality,
    string? Region,
    string? Category,
    string? Language,
    string? TargetGroup,
    string? DayOfWeek,
    string? Online,
    string? Near,
    string? RadiusKm,
    string? Lang,
    string? Page,
    string? PageSize);
