using Yarp.ReverseProxy.Configuration;

namespace Gateway.Routing;

/// <summary>
/// The public API surface (api.md) and which service answers each part. Services receive the
/// full path: they own their <c>/api/...</c> prefixes, so no path transforms are needed.
/// </summary>
public static class GatewayRoutes
{
    public const string OffersService = "offers-api";
    public const string VolunteersService = "volunteers-api";
    public const string EventsService = "events-api";

    public static readonly IReadOnlyList<string> Services = [OffersService, VolunteersService, EventsService];

    public static IReadOnlyList<RouteConfig> Routes { get; } =
    [
        Route("offers", "/api/offers/{**rest}", OffersService),
        Route("municipalities", "/api/municipalities", OffersService),
        Route("categories", "/api/categories", OffersService),
        Route("target-groups", "/api/target-groups", OffersService),
        Route("volunteers", "/api/volunteers/{**rest}", VolunteersService),
        Route("events", "/api/events/{**rest}", EventsService),
    ];

    /// <summary>
    /// One cluster per service, its destination the service's name: service discovery resolves
    /// <c>http://offers-api</c> to every address the AppHost gives it (<c>services:offers-api:http:*</c>),
    /// one destination per replica, and YARP balances the load over them.
    /// </summary>
    public static IReadOnlyList<ClusterConfig> Clusters { get; } =
        Services.Select(service => new ClusterConfig
        {
            ClusterId = service,
            Destinations = new Dictionary<string, DestinationConfig>
            {
                [service] = new() { Address = $"http://{service}" },
            },
            HttpRequest = new Yarp.ReverseProxy.Forwarder.ForwarderRequestConfig { ActivityTimeout = TimeSpan.FromSeconds(30) },
            HealthCheck = new HealthCheckConfig
            {
                // Active: /alive every 10 s marks a dead service unhealthy, so its routes answer
                // 503 at once instead of waiting for connection timeouts. Passive: transport
                // failures of real requests do the same between probes.
                Active = new ActiveHealthCheckConfig
                {
                    Enabled = true,
                    Interval = TimeSpan.FromSeconds(10),
                    Timeout = TimeSpan.FromSeconds(3),
                    Policy = "ConsecutiveFailures",
                    Path = "/alive",
                },
                Passive = new PassiveHealthCheckConfig
                {
                    Enabled = true,
                    Policy = "TransportFailureRate",
                    ReactivationPeriod = TimeSpan.FromSeconds(10),
                },
            },
        }).ToList();

    private static RouteConfig Route(string id, string path, string cluster) =>
        new() { RouteId = id, ClusterId = cluster, Match = new RouteMatch { Path = path } };
}
