using System.Globalization;

namespace WebApp.Gateway;

/// <summary>
/// What the coordination workspace lists: one municipality's offers of a status, a page at a time.
/// Read from the page's own query string (a plain GET form and links) and turned into
/// <c>GET /api/offers?status=…</c>, the platform's addition to api.md that lists drafts and archived
/// offers to those who may edit them (docs/api-extensions.md). A status is passed on as typed: the
/// API names a bad one in its 400.
/// </summary>
public sealed record CoordinationOfferFilter(string Municipality, string Status, int Page)
{
    public const int PageSize = 50;

    /// <summary>The workspace's default: every offer, drafts and archived ones included.</summary>
    public const string AllStatuses = "all";

    /// <summary>The statuses one may filter by, in the order of an offer's life.</summary>
    public static readonly IReadOnlyList<string> Statuses = ["draft", "published", "archived"];

    public static CoordinationOfferFilter From(string municipality, string? status, string? page) =>
        new(municipality, string.IsNullOrWhiteSpace(status) ? AllStatuses : status.Trim(), OfferSearchFilter.ParsePage(page));

    public string ToApiQuery() => string.Create(CultureInfo.InvariantCulture,
        $"?municipality={Uri.EscapeDataString(Municipality)}&status={Uri.EscapeDataString(Status)}&page={Page}&pageSize={PageSize}");

    /// <summary>The workspace's own link to <paramref name="page"/> of the same list.</summary>
    public string ToWorkspaceLink(int page)
    {
        var link = $"/coordination?municipality={Uri.EscapeDataString(Municipality)}&status={Uri.EscapeDataString(Status)}";
        return page > 1 ? link + "&page=" + page.ToString(CultureInfo.InvariantCulture) : link;
    }
}
