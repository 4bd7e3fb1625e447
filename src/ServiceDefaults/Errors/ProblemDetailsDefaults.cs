using System.Diagnostics;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace ServiceDefaults.Errors;

public static class ProblemDetailsDefaults
{
    /// <summary>
    /// Every error is RFC 9457 problem+json carrying a <c>traceId</c>. Malformed requests that the
    /// framework rejects (bad JSON, wrong content type, body too large) become 4xx problems that
    /// say what was wrong, instead of empty responses or 500s; a database that is away for the
    /// moment is a 503 to retry.
    /// </summary>
    public static void AddPlatformProblemDetails(this IServiceCollection services)
    {
        services.AddProblemDetails(options => options.CustomizeProblemDetails = context =>
        {
            var traceId = Activity.Current?.TraceId.ToString() ?? context.HttpContext.TraceIdentifier;
            context.ProblemDetails.Extensions["traceId"] = traceId;
            // Never reveal the exception (stack trace, host names) in any environment.
            context.ProblemDetails.Extensions.Remove("exception");
        });
        services.AddExceptionHandler<BadRequestExceptionHandler>();
        services.AddExceptionHandler<DatabaseUnavailableExceptionHandler>();
        // Minimal APIs throw BadHttpRequestException for unreadable bodies only when asked to;
        // the handler above turns it into a problem that names the cause.
        services.Configure<RouteHandlerOptions>(options => options.ThrowOnBadRequest = true);
    }

    public static void UsePlatformProblemDetails(this WebApplication app)
    {
        app.UseExceptionHandler();
        app.UseStatusCodePages();
        app.UseNulCharacterGuard();
    }
}
