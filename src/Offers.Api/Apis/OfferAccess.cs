using System.Security.Claims;
using Offers.Api.Model;
using ServiceDefaults.Authentication;

namespace Offers.Api.Apis;

/// <summary>Who may do what with an offer (api.md): coordinators in their municipality, providers on their organisation's offers, admins everywhere.</summary>
internal static class OfferAccess
{
    public static bool MayEdit(this ClaimsPrincipal user, Offer offer) => OfferEditScope.Of(user).Covers(offer);

    /// <summary>Whether the caller may file an offer in <paramref name="municipality"/> (providers may offer anywhere in the county).</summary>
    public static bool MayCreateIn(this ClaimsPrincipal user, string municipality) => OfferEditScope.Of(user).MayCoverOffersIn(municipality);

    /// <summary>Published offers are public; drafts and archived offers only for those who may edit them.</summary>
    public static bool MaySee(this ClaimsPrincipal user, Offer offer) =>
        offer.Status == OfferStatus.Published || user.MayEdit(offer);
}
