using ServiceDefaults.Authentication;

namespace Offers.Api.Apis;

/// <summary>
/// The offers catalogue of api.md. Handlers live in OfferQueries, OfferCommands, OverlapsApi and
/// HsdsApi; <c>{id:guid}</c> keeps <c>/overlaps</c> and <c>/hsds/services</c> from being read as ids.
/// </summary>
public static class OffersApi
{
    public static IEndpointRouteBuilder MapOffersApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/offers");
        // ProducesProblem lists the problems a handler returns as ProblemHttpResult, which the OpenAPI document cannot infer.

        api.MapGet("/", OfferQueries.SearchAsync).AllowAnonymous();
        api.MapGet("/{id:guid}", OfferQueries.GetAsync).AllowAnonymous()
            .ProducesProblem(StatusCodes.Status404NotFound);

        api.MapGet("/hsds/services", HsdsApi.GetServicesAsync).AllowAnonymous();
        api.MapGet("/overlaps", OverlapsApi.GetOverlapsAsync).RequireAuthorization(PlatformPolicies.CoordinatorOrAdmin)
            .ProducesProblem(StatusCodes.Status403Forbidden);

        api.MapPost("/", OfferCommands.CreateAsync).RequireAuthorization(PlatformPolicies.Editor)
            .ProducesProblem(StatusCodes.Status403Forbidden);
        api.MapPut("/{id:guid}", OfferCommands.UpdateAsync).RequireAuthorization(PlatformPolicies.Editor)
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict)
            .ProducesProblem(StatusCodes.Status412PreconditionFailed)
            .ProducesProblem(StatusCodes.Status428PreconditionRequired);
        api.MapPost("/{id:guid}/publish", OfferCommands.PublishAsync).RequireAuthorization(PlatformPolicies.Editor)
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict);
        api.MapPost("/{id:guid}/archive", OfferCommands.ArchiveAsync).RequireAuthorization(PlatformPolicies.Editor)
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict);

        return app;
    }
}
