using Gateway.Health;
using Gateway.OpenApi;
using Gateway.Security;
using Gateway.Routing;

namespace Gateway.Extensions;

internal static class Extensions
{
    public static void AddApplicationServices(this IHostApplicationBuilder builder)
    {
        builder.AddPlatformReverseProxy();
        builder.AddGatewaySecurity();
        builder.AddGatewayOpenApi();

        // The health probe must answer fast and must not retry: it reports, it does not heal.
        builder.Services.AddHttpClient(DownstreamServiceHealthCheck.HttpClientName);
        var health = builder.Services.AddHealthChecks();
        foreach (var service in GatewayRoutes.Services)
        {
            health.Add(new Microsoft.Extensions.Diagnostics.HealthChecks.HealthCheckRegistration(
                service,
                sp => new DownstreamServiceHealthCheck(sp.GetRequiredService<IHttpClientFactory>(), service),
                failureStatus: null,
                tags: ["services"]));
        }
    }
}
