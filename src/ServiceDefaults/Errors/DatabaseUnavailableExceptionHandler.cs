using System.Data.Common;
using System.Globalization;
using System.Net.Sockets;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Logging;

namespace ServiceDefaults.Errors;

/// <summary>
/// A request that failed because the service's database is not reachable for the moment (restart,
/// failover, network) is a 503 with <c>Retry-After</c>, not a 500: nothing is wrong with the request
/// or the service's code, and the client may simply try again. The service's <c>/health</c> says
/// the same meanwhile. Logged as a warning: an outage is reported by health and by these lines,
/// not as an application error. Nothing was written: the failed command's transaction never
/// committed.
/// </summary>
internal sealed class DatabaseUnavailableExceptionHandler(IProblemDetailsService problemDetails, ILogger<DatabaseUnavailableExceptionHandler> logger) : IExceptionHandler
{
    private const int RetryAfterSeconds = 5;

    public async ValueTask<bool> TryHandleAsync(HttpContext httpContext, Exception exception, CancellationToken cancellationToken)
    {
        if (!IsDatabaseUnavailable(exception))
        {
            return false;
        }

        logger.LogWarning("The database is unavailable ({Error}); {Method} {Path} answered 503.",
            exception.GetBaseException().GetType().Name, httpContext.Request.Method, httpContext.Request.Path);
        httpContext.Response.StatusCode = StatusCodes.Status503ServiceUnavailable;
        httpContext.Response.Headers.RetryAfter = RetryAfterSeconds.ToString(CultureInfo.InvariantCulture);
        return await problemDetails.TryWriteAsync(new ProblemDetailsContext
        {
            HttpContext = httpContext,
            Exception = null,
            ProblemDetails = new ProblemDetails
            {
                Status = StatusCodes.Status503ServiceUnavailable,
                Title = "Service temporarily unavailable",
                Detail = $"The service cannot reach its database at the moment; nothing was changed. Retry after {RetryAfterSeconds} s.",
            },
        });
    }

    /// <summary>A transient database error (Npgsql marks connection loss, shutdown and "cannot connect now" so) anywhere in the chain.</summary>
    internal static bool IsDatabaseUnavailable(Exception exception)
    {
        for (Exception? current = exception; current is not null; current = current.InnerException)
        {
            if (current is DbException { IsTransient: true } or SocketException)
            {
                return true;
            }
        }

        return false;
    }
}
