using System.Text.Json;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using ServiceDefaults.Json;

namespace ServiceDefaults.Errors;

/// <summary>
/// Turns the framework's <see cref="BadHttpRequestException"/> (unreadable JSON, wrong content
/// type, body too large, bad route or query value) into a problem with its own status code and a
/// detail that names the problem. A body that could not be read as JSON of the endpoint's shape
/// is a validation problem whose <c>errors</c> name the field (the JSON path, e.g. <c>start</c>,
/// <c>consent.givenAt</c>), as api.md asks of every validation failure.
/// </summary>
internal sealed class BadRequestExceptionHandler(IProblemDetailsService problemDetails) : IExceptionHandler
{
    public async ValueTask<bool> TryHandleAsync(HttpContext httpContext, Exception exception, CancellationToken cancellationToken)
    {
        if (exception is not BadHttpRequestException badRequest)
        {
            return false;
        }

        var status = badRequest.StatusCode;
        httpContext.Response.StatusCode = status;
        return await problemDetails.TryWriteAsync(new ProblemDetailsContext
        {
            HttpContext = httpContext,
            Exception = null,
            ProblemDetails = badRequest.InnerException is JsonException json ? ForJson(json) : new ProblemDetails
            {
                Status = status,
                Title = status switch
                {
                    StatusCodes.Status413PayloadTooLarge => "Request body too large",
                    StatusCodes.Status415UnsupportedMediaType => "Unsupported content type",
                    _ => "Invalid request",
                },
                Detail = badRequest.Message,
            },
        });
    }

    private static ValidationProblemDetails ForJson(JsonException json)
    {
        var field = FieldOf(json.Path);
        var message = json is JsonFieldException ? $"{field} {json.Message}" : $"{field}: not valid JSON of the type this field takes.";
        return new ValidationProblemDetails(new Dictionary<string, string[]> { [field] = [message] })
        {
            Status = StatusCodes.Status400BadRequest,
            Title = "The request is invalid.",
            Detail = $"The request body is not valid JSON for this endpoint at '{json.Path ?? "$"}'.",
        };
    }

    /// <summary><c>$.consent.givenAt</c> → <c>consent.givenAt</c>, as ValidationErrors names fields; the body itself is <c>$</c>.</summary>
    private static string FieldOf(string? path) =>
        path is null || path == "$" ? "$" : path.StartsWith("$.", StringComparison.Ordinal) ? path[2..] : path;
}
