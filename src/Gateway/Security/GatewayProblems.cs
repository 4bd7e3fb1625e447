using Microsoft.AspNetCore.Mvc;

namespace Gateway.Security;

/// <summary>Writes the gateway's own errors as problem+json with a traceId, like the services do.</summary>
internal static class GatewayProblems
{
    public static async Task WriteAsync(HttpContext context, int status, string title, string detail)
    {
        context.Response.StatusCode = status;
        if (status == StatusCodes.Status413PayloadTooLarge)
        {
            // The rest of the body stays unread and the connection cannot be reused: say so, so
            // the client does not send its next request on a connection about to be closed.
            context.Response.Headers.Connection = "close";
        }

        await context.RequestServices.GetRequiredService<IProblemDetailsService>().WriteAsync(new ProblemDetailsContext
        {
            HttpContext = context,
            ProblemDetails = new ProblemDetails { Status = status, Title = title, Detail = detail },
        });
    }
}
