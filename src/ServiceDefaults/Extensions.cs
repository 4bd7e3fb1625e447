using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Server.Kestrel.Core;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using ServiceDefaults.Authentication;
using ServiceDefaults.Errors;
using ServiceDefaults.Health;
using ServiceDefaults.Http;
using ServiceDefaults.Json;
using ServiceDefaults.Telemetry;

namespace Microsoft.Extensions.Hosting;

/// <summary>
/// What every service of the platform has in common, added the same way by all of them (the
/// role Aspire's ServiceDefaults project plays): telemetry, health, errors, JSON, HTTP clients
/// and authentication. What a service knows of its domain (the county profile, its database) it
/// adds itself.
/// </summary>
public static class ServiceDefaultsExtensions
{
    public static TBuilder AddServiceDefaults<TBuilder>(this TBuilder builder) where TBuilder : IHostApplicationBuilder
    {
        builder.AddCommonDefaults();
        builder.Services.AddPlatformProblemDetails();
        builder.Services.AddPlatformJson();
        builder.AddPlatformAuthentication();
        return builder;
    }

    /// <summary>
    /// The defaults of a browser-facing app beside the services (the web app): the same telemetry,
    /// health and HTTP clients, but none of the services' bearer-token authentication, which
    /// outside Development demands the API signing key; a web app signs people in with cookies
    /// and forwards their tokens to the gateway instead.
    /// </summary>
    public static TBuilder AddWebAppDefaults<TBuilder>(this TBuilder builder) where TBuilder : IHostApplicationBuilder
    {
        builder.AddCommonDefaults();
        return builder;
    }

    private static void AddCommonDefaults(this IHostApplicationBuilder builder)
    {
        builder.ConfigurePlatformTelemetry();
        builder.AddDefaultHealthChecks();
        builder.AddPlatformHttpClientDefaults();
        // No "Server: Kestrel" banner: responses should not advertise what runs behind them.
        builder.Services.Configure<KestrelServerOptions>(kestrel => kestrel.AddServerHeader = false);
    }

    /// <summary>A service's request pipeline: errors as problems, then who is calling, then what they may do.</summary>
    public static WebApplication UseServiceDefaults(this WebApplication app)
    {
        app.UsePlatformProblemDetails();
        app.UseAuthentication();
        app.UseAuthorization();
        return app;
    }

    /// <summary><c>/health</c> and <c>/alive</c>, anonymous, in every environment.</summary>
    public static WebApplication MapDefaultEndpoints(this WebApplication app)
    {
        app.MapHealthEndpoints();
        return app;
    }
}
