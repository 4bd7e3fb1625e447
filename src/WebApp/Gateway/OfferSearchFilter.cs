using System.Globalization;
using System.Text;

namespace WebApp.Gateway;

/// <summary>
/// What the finder searches for, read from its own query string (plain GET form and links, so
/// search and paging work without JavaScript) and turned into the query of <c>GET /api/offers</c>.
/// Values are passed on as typed; the API validates them and names a bad one in its 400.
/// </summary>
public sealed record OfferSearchFilter(
    string? Q = null,
    string? Municipality = null,
    string? Region = null,
    string? Category = null,
    string? Language = null,
    string? TargetGroup = null,
    string? DayOfWeek = null,
    bool OnlineOnly = false,
    string? Order = null,
    int Page = 1)
{
    public const int PageSize = 20;

    /// <summary>Ordering by distance from the chosen municipality's centre, instead of keeping to it.</summary>
    public const string ByDistance = "distance";

    public bool OrdersByDistance => Order == ByDistance && !string.IsNullOrEmpty(Municipality);

    /// <summary>The page number from the query string: anything but a positive number is page 1.</summary>
    public static int ParsePage(string? page) =>
        int.TryParse(page, NumberStyles.None, CultureInfo.InvariantCulture, out var number) && number is > 0 and < 100_000 ? number : 1;

    /// <summary>The finder's own query string (for links to other pages of the same search).</summary>
    public string ToFinderQuery(int page) => Join(
        ("q", Q), ("municipality", Municipality), ("region", Region), ("category", Category), ("language", Language),
        ("targetGroup", TargetGroup), ("dayOfWeek", DayOfWeek), ("online", OnlineOnly ? "true" : null), ("order", Order),
        ("page", page > 1 ? page.ToString(CultureInfo.InvariantCulture) : null));

    /// <param name="centre">The chosen municipality's centre, when ordering by distance.</param>
    public string ToApiQuery(GeoLocation? centre) => Join(
        ("q", Q),
        ("municipality", OrdersByDistance && centre is not null ? null : Municipality),
        ("near", OrdersByDistance && centre is not null ? string.Create(CultureInfo.InvariantCulture, $"{centre.Lat},{centre.Lon}") : null),
        ("region", Region), ("category", Category), ("language", Language), ("targetGroup", TargetGroup),
        ("dayOfWeek", DayOfWeek), ("online", OnlineOnly ? "true" : null),
        ("page", Page.ToString(CultureInfo.InvariantCulture)), ("pageSize", PageSize.ToString(CultureInfo.InvariantCulture)));

    private static string Join(params (string Name, string? Value)[] parameters)
    {
        var query = new StringBuilder();
        foreach (var (name, value) in parameters)
        {
            if (!string.IsNullOrWhiteSpace(value))
            {
                query.Append(query.Length == 0 ? '?' : '&').Append(name).Append('=').Append(Uri.EscapeDataString(value.Trim()));
            }
        }

        return query.ToString();
    }
}
