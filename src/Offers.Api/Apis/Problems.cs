using Microsoft.AspNetCore.Http.HttpResults;

namespace Offers.Api.Apis;

/// <summary>The non-validation problems of api.md, as ProblemDetails.</summary>
internal static class Problems
{
    public static ProblemHttpResult NotFound() =>
        TypedResults.Problem(statusCode: StatusCodes.Status404NotFound, title: "Not found", detail: "No such offer, or it is not visible to you.");

    public static ProblemHttpResult Forbidden(string detail) =>
        TypedResults.Problem(statusCode: StatusCodes.Status403Forbidden, title: "Forbidden", detail: detail);

    public static ProblemHttpResult Conflict(string detail) =>
        TypedResults.Problem(statusCode: StatusCodes.Status409Conflict, title: "Conflict", detail: detail);

    public static ProblemHttpResult PreconditionFailed() =>
        TypedResults.Problem(statusCode: StatusCodes.Status412PreconditionFailed, title: "Precondition failed",
            detail: "If-Match does not match the offer's current ETag; reload it and try again.");

    public static ProblemHttpResult PreconditionRequired() =>
        TypedResults.Problem(statusCode: StatusCodes.Status428PreconditionRequired, title: "Precondition required",
            detail: "Send the offer's ETag in If-Match to update it.");
}
