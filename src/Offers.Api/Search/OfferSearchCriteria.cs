using System.Globalization;
using Offers.Api.Apis;
using Offers.Api.Model;
using ServiceDefaults.Api;
using ReferenceData;

namespace Offers.Api.Search;

/// <summary>A validated search: what <see cref="OfferSearch"/> turns into SQL.</summary>
/// <param name="EditableBy">
/// For any status but published: the offers the caller may edit, which the search keeps to. Set by
/// the endpoint from the caller (never from the query string).
/// </param>
public sealed record OfferSearchCriteria(
    string? Text,
    string? Municipality,
    IReadOnlyList<string>? RegionMunicipalities,
    string? Category,
    string? Language,
    string? TargetGroup,
    string? DayOfWeek,
    bool? Online,
    (double Lat, double Lon)? Near,
    double? RadiusKm,
    Paging Paging,
    OfferStatusFilter Status = OfferStatusFilter.Published,
    OfferEditScope? EditableBy = null)
{
    public const double MaxRadiusKm = 500;

    public static OfferSearchCriteria From(OfferSearchQuery query, CountyProfile county, ValidationErrors errors)
    {
        errors.AddIf(query.Q is { Length: > 200 }, "q", "q must be at most 200 characters.");
        errors.AddIf(query.Municipality is not null && !county.IsMunicipality(query.Municipality), "municipality", $"'{query.Municipality}' is not a municipality.");
        errors.AddIf(query.Region is not null && !county.IsRegion(query.Region), "region", $"'{query.Region}' is not a region.");
        errors.AddIf(query.Category is not null && !county.IsCategory(query.Category), "category", $"'{query.Category}' is not a category.");
        errors.AddIf(query.Language is not null && !LanguageCodes.IsKnown(query.Language), "language", "language must be an ISO 639-1 code.");
        errors.AddIf(query.TargetGroup is not null && !county.IsTargetGroup(query.TargetGroup), "targetGroup", $"'{query.TargetGroup}' is not a target group.");
        WeeklySlots.ValidateDayFilter(errors, query.DayOfWeek);
        errors.AddIf(query.Online is not null && !bool.TryParse(query.Online, out _), "online", "online must be true or false.");
        var near = ParseNear(query.Near, errors);
        var radius = ParseNumber(query.RadiusKm, "radiusKm", errors);
        errors.AddIf(radius is <= 0 or > MaxRadiusKm, "radiusKm", $"radiusKm must be greater than 0 and at most {MaxRadiusKm}.");
        errors.AddIf(radius is not null && near is null, "near", "radiusKm needs near=lat,lon.");
        var paging = Paging.From(ParseInt(query.Page, "page", errors), ParseInt(query.PageSize, "pageSize", errors), errors);
        var status = OfferStatusFilters.Parse(query.Status);
        errors.AddIf(status is null, "status", $"status must be one of {OfferStatusFilters.Names}.");

        return new OfferSearchCriteria(
            string.IsNullOrWhiteSpace(query.Q) ? null : query.Q.Trim(),
            query.Municipality,
            query.Region is null ? null : county.Municipalities.Where(m => m.Region == query.Region).Select(m => m.Id).ToList(),
            query.Category,
            query.Language,
            query.TargetGroup,
            query.DayOfWeek,
            query.Online is null ? null : bool.TryParse(query.Online, out var online) && online,
            near,
            radius,
            paging,
            status ?? OfferStatusFilter.Published);
    }

    /// <summary>
    /// Whether the answer is the same for every caller, so that one kept page may serve all: only
    /// a search of published offers. Drafts and archived offers are listed per caller (each sees the
    /// offers they may edit), and a page kept for one would be served to the next.
    /// </summary>
    public bool IsSharedByAllCallers => Status == OfferStatusFilter.Published && EditableBy is null;

    /// <summary>
    /// What identifies the answer to this search in <see cref="OfferSearchCache"/>: every
    /// criterion (numbers in invariant round-trip form) and the language the texts are shown in.
    /// Only for searches <see cref="IsSharedByAllCallers"/>: the key names no caller.
    /// </summary>
    public string CacheKey(string? responseLanguage)
    {
        if (!IsSharedByAllCallers)
        {
            throw new InvalidOperationException("A search answered per caller (drafts, archived offers) is never kept in or read from the shared cache.");
        }

        return string.Join('\u001f',
            Text,
            Municipality,
            RegionMunicipalities is null ? null : string.Join(',', RegionMunicipalities),
            Category,
            Language,
            TargetGroup,
            DayOfWeek,
            Online?.ToString(),
            Near is { } near ? string.Create(CultureInfo.InvariantCulture, $"{near.Lat:R},{near.Lon:R}") : null,
            RadiusKm?.ToString("R", CultureInfo.InvariantCulture),
            Paging.Page.ToString(CultureInfo.InvariantCulture),
            Paging.PageSize.ToString(CultureInfo.InvariantCulture),
            responseLanguage);
    }

    private static (double, double)? ParseNear(string? value, ValidationErrors errors)
    {
        if (value is null)
        {
            return null;
        }

        var parts = value.Split(',');
        if (parts.Length == 2
            && double.TryParse(parts[0], NumberStyles.Float, CultureInfo.InvariantCulture, out var lat) && Validators.IsLatitude(lat)
            && double.TryParse(parts[1], NumberStyles.Float, CultureInfo.InvariantCulture, out var lon) && Validators.IsLongitude(lon))
        {
            return (lat, lon);
        }

        errors.Add("near", "near must be lat,lon with -90 ≤ lat ≤ 90 and -180 ≤ lon ≤ 180.");
        return null;
    }

    private static double? ParseNumber(string? value, string field, ValidationErrors errors)
    {
        if (value is null)
        {
            return null;
        }

        if (double.TryParse(value, NumberStyles.Float, CultureInfo.InvariantCulture, out var number) && double.IsFinite(number))
        {
            return number;
        }

        errors.Add(field, $"{field} must be a number.");
        return null;
    }

    private static int? ParseInt(string? value, string field, ValidationErrors errors)
    {
        if (value is null)
        {
            return null;
        }

        if (int.TryParse(value, NumberStyles.Integer, CultureInfo.InvariantCulture, out var number))
        {
            return number;
        }

        errors.Add(field, $"{field} must be a whole number.");
        return null;
    }
}
