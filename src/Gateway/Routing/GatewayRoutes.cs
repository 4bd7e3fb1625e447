using Yarp.ReverseProxy.Configuration;
using Yarp.ReverseProxy.Health;

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
                // A dead service is taken out, and its routes answer 503 at once. Without this
                // YARP's default (HealthyOrPanic) sends to it anyway when it is the only
                // destination, and the AppHost's proxy in front of a stopped service holds each
                // request until the 30 s activity timeout (a 504).
                AvailableDestinationsPolicy = HealthCheckConstants.AvailableDestinations.HealthyAndUnknown,
                // Active: /alive (no dependencies checked, answers in microseconds) 250 ms after
                // the last probe ended; two probes in a row without an answer within 750 ms mark
                // the destination unhealthy, so a stopped service is out within 2 s, and the first
                // answer brings it back. Two, not one: a single slow first probe (a cold process
                // on a busy machine) must not take a healthy service out.
                Active = new ActiveHealthCheckConfig
                {
                    Enabled = true,
                    Interval = TimeSpan.FromMilliseconds(250),
                    Timeout = TimeSpan.FromMilliseconds(750),
                    Policy = HealthCheckConstants.ActivePolicy.ConsecutiveFailures,
                    Path = "/alive",
                },
                // Passive: transport failures of real requests do the same between probes.
                Passive = new PassiveHealthCheckConfig
                {
                    Enabled = true,
                    Policy = HealthCheckConstants.PassivePolicy.TransportFailureRate,
                    ReactivationPeriod = TimeSpan.FromSeconds(10),
                },
            },
            Metadata = new Dictionary<string, string> { [ConsecutiveFailuresHealthPolicyOptions.ThresholdMetadataName] = "2" },
        }).ToList();

    private static RouteConfig Route(string id, string path, string cluster) =>
        new() { RouteId = id, ClusterId = cluster, Match = new RouteMatch { Path = path } };
}
