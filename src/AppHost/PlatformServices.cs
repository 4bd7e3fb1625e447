using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace AppHost;

internal static class PlatformServices
{
    /// <summary>
    /// What every project of the platform gets: an HTTP endpoint (a free port unless
    /// <paramref name="port"/>), its <c>/health</c> as the health check that <c>WaitFor</c>
    /// waits for, and the environment the services run in (they have no launch profiles). They
    /// speak plain HTTP on loopback (TLS ends in front of the gateway in production), so no
    /// development certificate is configured for them and the dashboard does not ask for one.
    /// </summary>
    public static IResourceBuilder<ProjectResource> AsPlatformService(
        this IResourceBuilder<ProjectResource> project, AppHostSettings settings, int? port = null) =>
        project
            .WithHttpEndpoint(port: port)
            .WithoutHttpsCertificate()
            .WithHttpHealthCheck("/health")
            .WithEnvironment("ASPNETCORE_ENVIRONMENT", settings.Environment);

    /// <summary>
    /// A bounded context: a platform service that owns <paramref name="database"/> and talks to the
    /// others through <paramref name="messaging"/>, started once both are healthy.
    /// </summary>
    public static IResourceBuilder<ProjectResource> AddBoundedContext<TProject>(
        this IDistributedApplicationBuilder builder, string name, AppHostSettings settings,
        IResourceBuilder<IResourceWithConnectionString> database, IResourceBuilder<IResourceWithConnectionString> messaging)
        where TProject : IProjectMetadata, new() =>
        builder.AddProject<TProject>(name)
            .AsPlatformService(settings)
            .WithReplicas(settings.Replicas)
            .WithReference(database).WaitFor(database)
            .WithReference(messaging).WaitFor(messaging);

    /// <summary>
    /// The gateway's instances. Each keeps its rate-limit counters in memory, so each is told how
    /// many share the load (<c>RateLimiting:Replicas</c>) and admits its share of every limit: a
    /// partner spread over all of them still gets no more than its limit in total.
    /// </summary>
    public static IResourceBuilder<ProjectResource> WithGatewayReplicas(this IResourceBuilder<ProjectResource> gateway, AppHostSettings settings) =>
        gateway
            .WithReplicas(settings.Replicas)
            .WithEnvironment("RateLimiting__Replicas", settings.Replicas.ToString(System.Globalization.CultureInfo.InvariantCulture));

    /// <summary>Prints "{label}: http://127.0.0.1:port" on the AppHost's console once the resource is healthy.</summary>
    public static IResourceBuilder<ProjectResource> AnnounceUrlWhenReady(this IResourceBuilder<ProjectResource> project, string label) =>
        project.OnResourceReady((resource, e, _) =>
        {
            var endpoint = resource.GetEndpoint("http");
            e.Services.GetRequiredService<ILoggerFactory>().CreateLogger("AppHost")
                .LogInformation("{Label}: http://127.0.0.1:{Port}", label, endpoint.Port);
            return Task.CompletedTask;
        });
}
