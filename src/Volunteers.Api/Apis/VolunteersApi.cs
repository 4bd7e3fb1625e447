using ServiceDefaults.Authentication;

namespace Volunteers.Api.Apis;

/// <summary>
/// /api/volunteers. Literal routes (me, matches) never collide with <c>{id:guid}</c>. Policies say
/// who may call; handlers add the object-level rule: a coordinator acts only in the municipality
/// they serve, and anything beyond it is 404 (single reads) or 403 (an explicit foreign filter).
/// </summary>
public static partial class VolunteersApi
{
    public static IEndpointRouteBuilder MapVolunteersApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/volunteers");
        // ProducesProblem lists the problems a handler returns as ProblemHttpResult, which the OpenAPI document cannot infer.

        api.MapPost("/", RegisterAsync).RequireAuthorization(PlatformPolicies.Volunteer)
            .ProducesProblem(StatusCodes.Status409Conflict);
        api.MapGet("/me", GetMineAsync).RequireAuthorization(PlatformPolicies.Volunteer)
            .ProducesProblem(StatusCodes.Status404NotFound);
        api.MapPut("/me", UpdateMineAsync).RequireAuthorization(PlatformPolicies.Volunteer)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status412PreconditionFailed)
            .ProducesProblem(StatusCodes.Status428PreconditionRequired);
        api.MapDelete("/me", EraseMineAsync).RequireAuthorization(PlatformPolicies.Volunteer)
            .ProducesProblem(StatusCodes.Status404NotFound);
        api.MapGet("/me/export", ExportMineAsync).RequireAuthorization(PlatformPolicies.Volunteer)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status503ServiceUnavailable);
        api.MapGet("/me/suggestions", SuggestForMeAsync).RequireAuthorization(PlatformPolicies.Volunteer)
            .ProducesProblem(StatusCodes.Status404NotFound);

        api.MapGet("/", ListAsync).RequireAuthorization(PlatformPolicies.CoordinatorOrAdmin)
            .ProducesProblem(StatusCodes.Status403Forbidden);
        api.MapGet("/matches", MatchAsync).RequireAuthorization(PlatformPolicies.CoordinatorOrAdmin)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict);
        api.MapGet("/{id:guid}", GetByIdAsync).RequireAuthorization(PlatformPolicies.CoordinatorOrAdmin)
            .ProducesProblem(StatusCodes.Status404NotFound);
        api.MapPost("/{id:guid}/assignments", AssignAsync).RequireAuthorization(PlatformPolicies.CoordinatorOrAdmin)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict);

        return app;
    }
}
