using Offers.Api.Model;

namespace Offers.Api.Search;

/// <summary>
/// Which offers a search lists, by status (<c>status=</c>). <see cref="Published"/> is the default
/// and api.md's behaviour; the others list what the caller may edit, and only that.
/// </summary>
public enum OfferStatusFilter { Published, Draft, Archived, All }

public static class OfferStatusFilters
{
    public const string Description =
        "Which offers to list: published (the default; anyone), draft, archived or all. Any value but published is for " +
        "those who may edit offers and lists only the offers they may edit: coordinators those of their municipality " +
        "(naming another municipality is 403), providers their organisation's, admins all. Without credentials 401; " +
        "partner keys and volunteers 403. Answered per caller, so never from the search cache.";

    private static readonly Dictionary<string, OfferStatusFilter> ByName = new(StringComparer.Ordinal)
    {
        ["published"] = OfferStatusFilter.Published,
        ["draft"] = OfferStatusFilter.Draft,
        ["archived"] = OfferStatusFilter.Archived,
        ["all"] = OfferStatusFilter.All,
    };

    /// <summary>The filter named by <paramref name="value"/> (absent: published), or null for an unknown name.</summary>
    public static OfferStatusFilter? Parse(string? value) =>
        value is null ? OfferStatusFilter.Published : ByName.TryGetValue(value, out var filter) ? filter : null;

    public static string Names => string.Join(", ", ByName.Keys);

    /// <summary>The one stored status the filter keeps, or null for all of them.</summary>
    public static OfferStatus? Status(this OfferStatusFilter filter) => filter switch
    {
        OfferStatusFilter.Published => OfferStatus.Published,
        OfferStatusFilter.Draft => OfferStatus.Draft,
        OfferStatusFilter.Archived => OfferStatus.Archived,
        _ => null,
    };
}
