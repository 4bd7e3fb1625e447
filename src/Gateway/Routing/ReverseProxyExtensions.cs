using Gateway.Security;
using Microsoft.AspNetCore.Mvc;
using Yarp.ReverseProxy.Forwarder;

namespace Gateway.Routing;

public static class ReverseProxyExtensions
{
    public static void AddPlatformReverseProxy(this IHostApplicationBuilder builder)
    {
        builder.Services.AddReverseProxy()
            .LoadFromMemory(GatewayRoutes.Routes, GatewayRoutes.Clusters)
            .AddServiceDiscoveryDestinationResolver();
    }

    /// <summary>
    /// Proxies the public API. When a service cannot be reached, YARP leaves an empty 502/503/504;
    /// the step after it turns that into a problem naming the failing service, without internal
    /// host names or exception text.
    /// </summary>
    public static void MapPlatformReverseProxy(this WebApplication app) =>
        app.MapReverseProxy(proxy =>
        {
            proxy.Use(async (context, next) =>
            {
                await next();
                var error = context.GetForwarderErrorFeature();
                if (error is null || context.Response.HasStarted)
                {
                    return;
                }

                if (error.Error == ForwarderError.RequestBodyClient && IsBodyTooLarge(error.Exception))
                {
                    // A chunked body announces no length, so Kestrel's limit (RequestShapeMiddleware)
                    // fires only while YARP streams it on: the client's fault, not a failing service.
                    await GatewayProblems.WriteAsync(context, StatusCodes.Status413PayloadTooLarge,
                        "Request body too large", $"Request bodies may be at most {RequestShapeMiddleware.MaxBodyBytes / 1024} KB.");
                    return;
                }

                var service = context.GetReverseProxyFeature().Route.Config.ClusterId;
                var status = StatusFor(error);
                context.Response.StatusCode = status;
                await context.RequestServices.GetRequiredService<IProblemDetailsService>().WriteAsync(new ProblemDetailsContext
                {
                    HttpContext = context,
                    ProblemDetails = new ProblemDetails
                    {
                        Status = status,
                        Title = "A service behind the gateway is failing",
                        Detail = $"The {service} service did not answer ({error.Error}). Try again later.",
                    },
                });
            });
            proxy.UseLoadBalancing();
            proxy.UsePassiveHealthChecks();
        });

    /// <summary>
    /// 503: the service cannot be reached (no healthy destination, connection refused or closed
    /// before any answer: stopped, restarting, crashed), so trying again later helps. 504: it was
    /// reached but did not answer in time. 502: it answered with something that is no valid
    /// HTTP response, or the request could not be forwarded for another reason.
    /// </summary>
    internal static int StatusFor(IForwarderErrorFeature error) => error.Error switch
    {
        ForwarderError.RequestTimedOut => StatusCodes.Status504GatewayTimeout,
        ForwarderError.NoAvailableDestinations => StatusCodes.Status503ServiceUnavailable,
        ForwarderError.Request when IsUnreachable(error.Exception) => StatusCodes.Status503ServiceUnavailable,
        _ => StatusCodes.Status502BadGateway,
    };

    private static bool IsUnreachable(Exception? exception)
    {
        for (var current = exception; current is not null; current = current.InnerException)
        {
            if (current is HttpRequestException { HttpRequestError: HttpRequestError.ConnectionError or HttpRequestError.NameResolutionError or HttpRequestError.ResponseEnded })
            {
                return true;
            }

            // Aspire's proxy in front of a stopped service accepts the connection and closes it
            // before any answer.
            if (current is HttpIOException { HttpRequestError: HttpRequestError.ResponseEnded })
            {
                return true;
            }
        }

        return false;
    }

    private static bool IsBodyTooLarge(Exception? exception)
    {
        for (var current = exception; current is not null; current = current.InnerException)
        {
            if (current is BadHttpRequestException { StatusCode: StatusCodes.Status413PayloadTooLarge })
            {
                return true;
            }
        }

        return false;
    }
}
