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

        api.MapPost("/", RegisterAsync).RequireAuthorization(PlatformPolicies.Volunteer);
        api.MapGet("/me", GetMineAsync).RequireAuthorization(PlatformPolicies.Volunteer);
        api.MapPut("/me", UpdateMineAsync).RequireAuthorization(PlatformPolicies.Volunteer);
        api.MapDelete("/me", EraseMineAsync).RequireAuthorization(PlatformPolicies.Volunteer);
        api.MapGet("/me/export", ExportMineAsync).RequireAuthorization(PlatformPolicies.Volunteer);
        api.MapGet("/me/suggestions", SuggestForMeAsync).RequireAuthorization(PlatformPolicies.Volunteer);

        api.MapGet("/", ListAsync).RequireAuthorization(PlatformPolicies.CoordinatorOrAdmin);
        api.MapGet("/matches", MatchAsync).RequireAuthorization(PlatformPolicies.CoordinatorOrAdmin);
        api.MapGet("/{id:guid}", GetByIdAsync).RequireAuthorization(PlatformPolicies.CoordinatorOrAdmin);
        api.MapPost("/{id:guid}/assignments", AssignAsync).RequireAuthorization(PlatformPolicies.CoordinatorOrAdmin);

        return app;
    }
}
