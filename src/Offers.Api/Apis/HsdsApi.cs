using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Offers.Api.Hsds;
using Offers.Api.Infrastructure;
using Offers.Api.Model;
using ServiceDefaults.Api;
using ReferenceData;

namespace Offers.Api.Apis;

public static class HsdsApi
{
    /// <summary>GET /api/offers/hsds/services — published offers as HSDS 3.0 services, in the HSDS API's page envelope (anonymous).</summary>
    public static async Task<Results<Ok<HsdsPage>, ValidationProblem>> GetServicesAsync(
        int? page, int? pageSize, OffersDbContext db, CountyProfile county, CancellationToken cancellationToken)
    {
        var errors = new ValidationErrors();
        var paging = Paging.From(page, pageSize, errors);
        if (!errors.IsValid)
        {
            return errors.ToProblem();
        }

        var published = db.Offers.AsNoTracking().Where(o => o.Status == OfferStatus.Published);
        var total = await published.CountAsync(cancellationToken);
        var offers = await published.OrderBy(o => o.Title).ThenBy(o => o.Id).Skip(paging.Skip).Take(paging.PageSize).ToListAsync(cancellationToken);
        var pages = (int)Math.Ceiling(total / (double)paging.PageSize);
        return TypedResults.Ok(new HsdsPage(
            total, pages, paging.Page, paging.PageSize, paging.Page == 1, paging.Page >= pages, offers.Count == 0,
            offers.Select(o => o.ToHsds(county)).ToList()));
    }
}
