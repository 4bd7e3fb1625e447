using Microsoft.AspNetCore.Mvc;

namespace Offers.Api.Search;

/// <summary>
/// The query string of <c>GET /api/offers</c> (api.md). Strings on purpose: a bad value is a 400 naming
/// the parameter. Each is named as on the wire, so the OpenAPI document does too (binding ignores case).
/// </summary>
/// <param name="Status">An addition to api.md (docs/api-extensions.md); last and optional, so every existing caller stays as it was.</param>
public sealed record OfferSearchQuery(
    [FromQuery(Name = "q")] string? Q,
    [FromQuery(Name = "municipality")] string? Municipality,
    [FromQuery(Name = "region")] string? Region,
    [FromQuery(Name = "category")] string? Category,
    [FromQuery(Name = "language")] string? Language,
    [FromQuery(Name = "targetGroup")] string? TargetGroup,
    [FromQuery(Name = "dayOfWeek")] string? DayOfWeek,
    [FromQuery(Name = "online")] string? Online,
    [FromQuery(Name = "near")] string? Near,
    [FromQuery(Name = "radiusKm")] string? RadiusKm,
    [FromQuery(Name = "lang")] string? Lang,
    [FromQuery(Name = "page")] string? Page,
    [FromQuery(Name = "pageSize")] string? PageSize,
    [FromQuery(Name = "status")] string? Status = null);
