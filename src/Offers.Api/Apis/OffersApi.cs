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

        api.MapGet("/", OfferQueries.SearchAsync).AllowAnonymous();
        api.MapGet("/{id:guid}", OfferQueries.GetAsync).AllowAnonymous();

        api.MapGet("/hsds/services", HsdsApi.GetServicesAsync).AllowAnonymous();
        api.MapGet("/overlaps", OverlapsApi.GetOverlapsAsync).RequireAuthorization(PlatformPolicies.CoordinatorOrAdmin);

        api.MapPost("/", OfferCommands.CreateAsync).RequireAuthorization(PlatformPolicies.Editor);
        api.MapPut("/{id:guid}", OfferCommands.UpdateAsync).RequireAuthorization(PlatformPolicies.Editor);
        api.MapPost("/{id:guid}/publish", OfferCommands.PublishAsync).RequireAuthorization(PlatformPolicies.Editor);
        api.MapPost("/{id:guid}/archive", OfferCommands.ArchiveAsync).RequireAuthorization(PlatformPolicies.Editor);

        return app;
    }
}
