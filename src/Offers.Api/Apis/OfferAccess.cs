using System.Security.Claims;
using Offers.Api.Model;
using ServiceDefaults.Authentication;

namespace Offers.Api.Apis;

/// <summary>Who may do what with an offer (api.md): coordinators in their municipality, providers on their organisation's offers, admins everywhere.</summary>
internal static class OfferAccess
{
    public static bool MayEdit(this ClaimsPrincipal user, Offer offer) =>
        user.MayManageMunicipality(offer.Municipality)
        || (user.IsProvider() && user.Organization() is { Length: > 0 } org && string.Equals(org, offer.ProviderOrganization, StringComparison.Ordinal));

    /// <summary>Whether the caller may file an offer in <paramref name="municipality"/> (providers may offer anywhere in the county).</summary>
    public static bool MayCreateIn(this ClaimsPrincipal user, string municipality) =>
        user.MayManageMunicipality(municipality) || (user.IsProvider() && user.Organization() is { Length: > 0 });

    /// <summary>Published offers are public; drafts and archived offers only for those who may edit them.</summary>
    public static bool MaySee(this ClaimsPrincipal user, Offer offer) =>
        offer.Status == OfferStatus.Published || user.MayEdit(offer);
}
