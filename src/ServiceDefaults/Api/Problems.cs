using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;

namespace ServiceDefaults.Api;

/// <summary>
/// The non-validation errors of api.md as ProblemDetails, worded the same way in every service.
/// (Validation failures go through <see cref="ValidationErrors"/>.)
/// </summary>
public static class Problems
{
    public static ProblemHttpResult NotFound(string detail) =>
        TypedResults.Problem(statusCode: StatusCodes.Status404NotFound, title: "Not found", detail: detail);

    public static ProblemHttpResult Forbidden(string detail) =>
        TypedResults.Problem(statusCode: StatusCodes.Status403Forbidden, title: "Forbidden", detail: detail);

    public static ProblemHttpResult Conflict(string detail) =>
        TypedResults.Problem(statusCode: StatusCodes.Status409Conflict, title: "Conflict", detail: detail);

    /// <summary>412: the If-Match names an older version of <paramref name="resource"/>.</summary>
    public static ProblemHttpResult PreconditionFailed(string resource) =>
        TypedResults.Problem(statusCode: StatusCodes.Status412PreconditionFailed, title: "Precondition failed",
            detail: $"If-Match does not match the {resource}'s current ETag; read the {resource} again and retry.");

    /// <summary>428: a change without If-Match could overwrite someone else's change unseen.</summary>
    public static ProblemHttpResult PreconditionRequired(string resource) =>
        TypedResults.Problem(statusCode: StatusCodes.Status428PreconditionRequired, title: "Precondition required",
            detail: $"Send the {resource}'s ETag in If-Match to change it.");

    public static ProblemHttpResult Unavailable(string detail) =>
        TypedResults.Problem(statusCode: StatusCodes.Status503ServiceUnavailable, title: "Service unavailable", detail: detail);
}
