using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Offers.Api.Infrastructure;
using Offers.Api.Search;
using ServiceDefaults.Api;
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

    public static async Task<Results<Ok<PagedResult<OfferResponse>>, ValidationProblem>> SearchAsync(
        [AsParameters] OfferSearchQuery query, OffersDbContext db, CountyProfile county, OfferSearchCache cache, HttpRequest request, CancellationToken cancellationToken)
    {
        var errors = new ValidationErrors();
        var criteria = OfferSearchCriteria.From(query, county, errors);
        if (!errors.IsValid)
        {
            return errors.ToProblem();
        }

        var language = RequestLanguage.From(request, query.Lang);
        // Cache-Control: no-cache asks for an answer fresh from the database (RFC 9111, 5.2.1.4).
        var bypass = request.GetTypedHeaders().CacheControl?.NoCache == true;
        var page = await cache.GetOrSearchAsync(db, criteria.CacheKey(language), bypass,
            () => SearchDatabaseAsync(db, criteria, language, cancellationToken), cancellationToken);
        return TypedResults.Ok(page);
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
