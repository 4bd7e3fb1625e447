using Offers.Api.Search;
using ServiceDefaults.Api;
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
        var api = app.MapGroup("/api/offers").WithTags("Offers");
        // ProducesProblem lists the problems a handler returns as ProblemHttpResult, which the OpenAPI document cannot infer.

        api.MapGet("/", OfferQueries.SearchAsync).AllowAnonymous()
            .WithName("SearchOffers").WithSummary("Search published offers: German full text (stemming, small typos), filters, paging; translated text by lang or Accept-Language. With status, editors list their drafts and archived offers.")
            .WithPolicyFor("status other than published, each for the offers they may edit", PlatformPolicies.Editor)
            .WithParameterDescription("status", OfferStatusFilters.Description)
            .ProducesProblem(StatusCodes.Status401Unauthorized)
            .ProducesProblem(StatusCodes.Status403Forbidden);
        api.MapGet("/{id:guid}", OfferQueries.GetAsync).AllowAnonymous()
            .WithName("GetOffer").WithSummary("One offer with its ETag: published offers to anyone, drafts and archived offers to those who may edit them.")
            .ProducesProblem(StatusCodes.Status404NotFound);

        api.MapGet("/hsds/services", HsdsApi.GetServicesAsync).AllowAnonymous()
            .WithName("ExportOffersAsHsdsServices").WithSummary("Published offers as Open Referral HSDS 3.0 services, for directories that read that standard.");
        api.MapGet("/overlaps", OverlapsApi.GetOverlapsAsync).RequireAuthorization(PlatformPolicies.CoordinatorOrAdmin)
            .WithName("GetOfferOverlaps").WithSummary("Groups of published offers in a municipality that may duplicate each other, each with the reasons.")
            .ProducesProblem(StatusCodes.Status403Forbidden);

        api.MapPost("/", OfferCommands.CreateAsync).RequireAuthorization(PlatformPolicies.Editor)
            .WithName("CreateOffer").WithSummary("Create an offer as a draft (201 with Location and ETag).")
            .ProducesProblem(StatusCodes.Status403Forbidden);
        api.MapPut("/{id:guid}", OfferCommands.UpdateAsync).RequireAuthorization(PlatformPolicies.Editor)
            .WithName("UpdateOffer").WithSummary("Replace an offer; If-Match with the ETag last read is required (412 when someone changed it meanwhile).")
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict)
            .ProducesProblem(StatusCodes.Status412PreconditionFailed)
            .ProducesProblem(StatusCodes.Status428PreconditionRequired);
        api.MapPost("/{id:guid}/publish", OfferCommands.PublishAsync).RequireAuthorization(PlatformPolicies.Editor)
            .WithName("PublishOffer").WithSummary("Publish a draft; the answer lists possible overlaps with published offers.")
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict);
        api.MapPost("/{id:guid}/archive", OfferCommands.ArchiveAsync).RequireAuthorization(PlatformPolicies.Editor)
            .WithName("ArchiveOffer").WithSummary("Archive an offer: it leaves the search and the other contexts learn it ended.")
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict);

        return app;
    }
}
