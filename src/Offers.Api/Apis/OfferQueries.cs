using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Offers.Api.Infrastructure;
using Offers.Api.Search;
using ServiceDefaults.Api;
using ServiceDefaults.Reference;

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
        [AsParameters] OfferSearchQuery query, OffersDbContext db, CountyProfile county, HttpRequest request, CancellationToken cancellationToken)
    {
        var errors = new ValidationErrors();
        var criteria = OfferSearchCriteria.From(query, county, errors);
        if (!errors.IsValid)
        {
            return errors.ToProblem();
        }

        var (hits, total) = await OfferSearch.RunAsync(db, criteria, cancellationToken);
        var ids = hits.Select(h => h.Id).ToList();
        var offers = await db.Offers.AsNoTracking().Where(o => ids.Contains(o.Id)).ToDictionaryAsync(o => o.Id, cancellationToken);
        var language = RequestLanguage.From(request, query.Lang);
        var items = hits.Where(h => offers.ContainsKey(h.Id)).Select(h => offers[h.Id].ToResponse(language, h.DistanceKm)).ToList();
        return TypedResults.Ok(new PagedResult<OfferResponse>(items, criteria.Paging.Page, criteria.Paging.PageSize, total));
    }
}
