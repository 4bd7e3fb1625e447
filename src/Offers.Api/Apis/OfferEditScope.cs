using System.Security.Claims;
using Offers.Api.Model;
using ServiceDefaults.Authentication;

namespace Offers.Api.Apis;

/// <summary>
/// Which offers a caller may edit (api.md): admins all of them, coordinators those of their
/// municipality, providers those of their organisation. The one statement of that rule: a single
/// offer is checked with <see cref="Covers"/>, a list of drafts is narrowed to the same offers in SQL
/// (<c>OfferSearch.Build</c>).
/// </summary>
public sealed record OfferEditScope(bool Everywhere, string? Municipality, string? Organization)
{
    public static OfferEditScope Of(ClaimsPrincipal user) => new(
        user.IsAdmin(),
        user.IsCoordinator() && user.Municipality() is { Length: > 0 } municipality ? municipality : null,
        user.IsProvider() && user.Organization() is { Length: > 0 } organization ? organization : null);

    /// <summary>No offer at all: volunteers, and tokens that name no municipality or organisation.</summary>
    public bool IsEmpty => !Everywhere && Municipality is null && Organization is null;

    public bool Covers(Offer offer) =>
        Everywhere
        || string.Equals(Municipality, offer.Municipality, StringComparison.Ordinal)
        || (Organization is not null && string.Equals(Organization, offer.ProviderOrganization, StringComparison.Ordinal));

    /// <summary>
    /// Whether any offer in <paramref name="municipality"/> can be the caller's to edit: a
    /// coordinator's only in their own; a provider's organisation may offer anywhere in the county.
    /// </summary>
    public bool MayCoverOffersIn(string municipality) =>
        Everywhere || Organization is not null || string.Equals(Municipality, municipality, StringComparison.Ordinal);
}
