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
        var api = app.MapGroup("/api/volunteers").WithTags("Volunteers");
        // ProducesProblem lists the problems a handler returns as ProblemHttpResult, which the OpenAPI document cannot infer.

        api.MapPost("/", RegisterAsync).RequireAuthorization(PlatformPolicies.Volunteer)
            .WithName("RegisterVolunteer").WithSummary("Register oneself as a volunteer; consent is required.")
            .ProducesProblem(StatusCodes.Status409Conflict);
        api.MapGet("/me", GetMineAsync).RequireAuthorization(PlatformPolicies.Volunteer)
            .WithName("GetMyVolunteerProfile").WithSummary("The caller's own profile with its ETag.")
            .ProducesProblem(StatusCodes.Status404NotFound);
        api.MapPut("/me", UpdateMineAsync).RequireAuthorization(PlatformPolicies.Volunteer)
            .WithName("UpdateMyVolunteerProfile").WithSummary("Replace the caller's own profile; If-Match with the ETag last read is required.")
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status412PreconditionFailed)
            .ProducesProblem(StatusCodes.Status428PreconditionRequired);
        api.MapDelete("/me", EraseMineAsync).RequireAuthorization(PlatformPolicies.Volunteer)
            .WithName("EraseMyVolunteerData").WithSummary("Erase the caller: the profile at once, every other service within seconds.")
            .ProducesProblem(StatusCodes.Status404NotFound);
        api.MapGet("/me/export", ExportMineAsync).RequireAuthorization(PlatformPolicies.Volunteer)
            .WithName("ExportMyVolunteerData").WithSummary("All personal data every service holds about the caller (profile, assignments, qualifications, registrations, attendance).")
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status503ServiceUnavailable);
        api.MapGet("/me/suggestions", SuggestForMeAsync).RequireAuthorization(PlatformPolicies.Volunteer)
            .WithName("SuggestOffersForMe").WithSummary("Published offers wanting helpers that fit the caller's languages, skills, availability and place.")
            .ProducesProblem(StatusCodes.Status404NotFound);

        api.MapGet("/", ListAsync).RequireAuthorization(PlatformPolicies.CoordinatorOrAdmin)
            .WithName("ListVolunteers").WithSummary("Volunteers filtered by municipality, language, skill and day of week.")
            .ProducesProblem(StatusCodes.Status403Forbidden);
        api.MapGet("/matches", MatchAsync).RequireAuthorization(PlatformPolicies.CoordinatorOrAdmin)
            .WithName("MatchVolunteersToOffer").WithSummary("Volunteers ranked for an offer that wants helpers, each match with its reasons.")
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict);
        api.MapGet("/{id:guid}", GetByIdAsync).RequireAuthorization(PlatformPolicies.CoordinatorOrAdmin)
            .WithName("GetVolunteer").WithSummary("One volunteer's profile.")
            .ProducesProblem(StatusCodes.Status404NotFound);
        api.MapPost("/{id:guid}/assignments", AssignAsync).RequireAuthorization(PlatformPolicies.CoordinatorOrAdmin)
            .WithName("AssignVolunteerToOffer").WithSummary("Assign a volunteer to an offer.")
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict);

        return app;
    }
}
