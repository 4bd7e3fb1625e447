using System.Security.Claims;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Offers.Api.Infrastructure;
using Offers.Api.Search;
using ServiceDefaults.Api;
using ServiceDefaults.Authentication;
using ReferenceData;

namespace Offers.Api.Apis;

public static class OfferQueries
{
    public static async Task<Results<Ok<OfferResponse>, ProblemHttpResult>> GetAsync(
        Guid id, string? lang, ClaimsPrincipal user, OffersDbContext db, HttpRequest request, HttpResponse response, CancellationToken cancellationToken)
    {
        var offer = await db.Offers.AsNoTracking().FirstOrDefaultAsync(o => o.Id == id, cancellationToken);
        if (offer is null || !user.MaySee(offer))
        {
            return Problems.NotFound("No such offer, or it is not visible to you.");
        }

        ETags.Set(response, offer.Version);
        return TypedResults.Ok(offer.ToResponse(RequestLanguage.From(request, lang)));
    }

    public static async Task<Results<Ok<PagedResult<OfferResponse>>, ValidationProblem, ProblemHttpResult, ChallengeHttpResult>> SearchAsync(
        [AsParameters] OfferSearchQuery query, ClaimsPrincipal user, IAuthorizationService authorization, OffersDbContext db, CountyProfile county,
        OfferSearchCache cache, HttpRequest request, CancellationToken cancellationToken)
    {
        var errors = new ValidationErrors();
        var criteria = OfferSearchCriteria.From(query, county, errors);
        if (!errors.IsValid)
        {
            return errors.ToProblem();
        }

        var language = RequestLanguage.From(request, query.Lang);
        if (criteria.Status == OfferStatusFilter.Published)
        {
            // Cache-Control: no-cache asks for an answer fresh from the database (RFC 9111, 5.2.1.4).
            var bypass = request.GetTypedHeaders().CacheControl?.NoCache == true;
            var page = await cache.GetOrSearchAsync(db, criteria.CacheKey(language), bypass,
                () => SearchDatabaseAsync(db, criteria, language, cancellationToken), cancellationToken);
            return TypedResults.Ok(page);
        }

        // Drafts and archived offers: as for a single one (GetAsync, the commands), only for those
        // who may edit offers, and only the offers each may edit; so answered per caller and
        // never through the cache, which serves one page to every caller.
        if (user.Identity?.IsAuthenticated != true)
        {
            return request.IsVerifiedPartner()
                ? Problems.Forbidden("A partner key reads published offers only; drafts and archived offers need the token of someone who may edit offers.")
                : TypedResults.Challenge();
        }

        var scope = OfferEditScope.Of(user);
        if (!(await authorization.AuthorizeAsync(user, PlatformPolicies.Editor)).Succeeded || scope.IsEmpty)
        {
            return Problems.Forbidden("Drafts and archived offers are listed only for those who may edit offers: coordinators (with their municipality), providers (with their organisation) and admins.");
        }

        if (criteria.Municipality is { } municipality && !scope.MayCoverOffersIn(municipality))
        {
            return Problems.Forbidden($"Coordinators list drafts and archived offers of their own municipality ({scope.Municipality}) only, not of '{municipality}'.");
        }

        return TypedResults.Ok(await SearchDatabaseAsync(db, criteria with { EditableBy = scope }, language, cancellationToken));
    }

    private static async Task<PagedResult<OfferResponse>> SearchDatabaseAsync(
        OffersDbContext db, OfferSearchCriteria criteria, string? language, CancellationToken cancellationToken)
    {
        var (hits, total) = await OfferSearch.RunAsync(db, criteria, cancellationToken);
        var ids = hits.Select(h => h.Id).ToList();
        var offers = await db.Offers.AsNoTracking().Where(o => ids.Contains(o.Id)).ToDictionaryAsync(o => o.Id, cancellationToken);
        var items = hits.Where(h => offers.ContainsKey(h.Id)).Select(h => offers[h.Id].ToResponse(language, h.DistanceKm)).ToList();
        return new PagedResult<OfferResponse>(items, criteria.Paging.Page, criteria.Paging.PageSize, total);
    }
}
