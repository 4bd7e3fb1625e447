using Microsoft.AspNetCore.Http.HttpResults;
using Offers.Api.Demo;
using Offers.Api.Infrastructure;
using ServiceDefaults.Authentication;
using ReferenceData;

namespace Offers.Api.Apis;

/// <summary>POST /api/offers/demo-data (admin, Development only): loads the demo catalogue.</summary>
public static class DemoDataApi
{
    public sealed record DemoDataResponse(int Added);

    public static IEndpointRouteBuilder MapDemoDataApi(this IEndpointRouteBuilder app)
    {
        app.MapPost("/api/offers/demo-data", LoadAsync).RequireAuthorization(PlatformPolicies.Admin)
            .WithName("LoadDemoOffers").WithSummary("Load the demo catalogue of offers (idempotent: offers already there are kept).").WithTags("Offers");
        return app;
    }

    public static async Task<Ok<DemoDataResponse>> LoadAsync(OffersDbContext db, CountyProfile county, CancellationToken cancellationToken) =>
        TypedResults.Ok(new DemoDataResponse(await DemoDataLoader.LoadAsync(db, county, cancellationToken)));
}
