using LocalInfrastructure;
using Microsoft.Extensions.DependencyInjection;
using RabbitMQ.Client;

namespace AppHost.LocalServers;

public static class LocalRabbitMQBuilderExtensions
{
    /// <summary>
    /// Adds RabbitMQ from Debian's packages, installed on first start when missing (as root),
    /// its node in <paramref name="dataDirectory"/> (queues and messages survive restarts), its
    /// password a generated parameter kept in the AppHost's user secrets, and its own epmd
    /// (resource <c>{name}-epmd</c>, started first).
    /// </summary>
    /// <param name="port">The AMQP port; null picks a free one at start-up.</param>
    public static IResourceBuilder<LocalRabbitMQServerResource> AddLocalRabbitMQ(
        this IDistributedApplicationBuilder builder, string name, string dataDirectory, int? port = null)
    {
        // No special characters: the password goes into an amqp:// URI.
        var password = ParameterResourceBuilderExtensions.CreateDefaultPasswordParameter(builder, $"{name}-password", special: false);
        var options = new RabbitMqNodeOptions
        {
            DataDirectory = dataDirectory,
            AmqpPort = port ?? FreePort.Next(),
            DistributionPort = FreePort.Next(),
            EpmdPort = FreePort.Next(),
        };
        var broker = new LocalRabbitMQServerResource(name, password, builder.AppHostDirectory) { NodeOptions = options };

        var epmd = builder.AddExecutable($"{name}-epmd", RabbitMqNode.EpmdCommandFor(options.EpmdPort).FileName, builder.AppHostDirectory,
                [.. RabbitMqNode.EpmdCommandFor(options.EpmdPort).Arguments])
            .WithEnvironment(context =>
            {
                foreach (var (key, value) in RabbitMqNode.EpmdCommandFor(options.EpmdPort).Environment)
                {
                    context.EnvironmentVariables[key] = value;
                }
            })
            // epmd comes with the Erlang packages that the broker's installation brings.
            .OnBeforeResourceStarted((resource, e, ct) =>
                LocalServerStart.PrepareAsync(resource, e.Services, log => ServerPackages.EnsureInstalledAsync(log, ct)))
            .WithEpmdHealthCheck(options.EpmdPort)
            .WithParentRelationship(broker)
            .ExcludeFromManifest();

        string? connectionString = null;
        var healthCheckKey = $"{name}_check";
        IConnection? connection = null; // kept, so each check reuses it (the client recovers it after a broker restart)
        builder.Services.AddHealthChecks().AddRabbitMQ(
            async _ => connection ??= await new ConnectionFactory { Uri = new Uri(connectionString!) }.CreateConnectionAsync(),
            name: healthCheckKey);

        return builder.AddResource(broker)
            // Not proxied: the services talk to the broker directly, as they would in production.
            .WithEndpoint(port: options.AmqpPort, targetPort: options.AmqpPort, name: LocalRabbitMQServerResource.PrimaryEndpointName, isProxied: false)
            .WithIconName("Mail")
            .WaitFor(epmd)
            .OnConnectionStringAvailable(async (resource, _, ct) => connectionString = await resource.ConnectionStringExpression.GetValueAsync(ct))
            .OnBeforeResourceStarted(async (resource, e, ct) =>
            {
                var secret = await resource.PasswordParameter.GetValueAsync(ct) ?? throw new InvalidOperationException($"{name}: no password");
                await LocalServerStart.PrepareAsync(resource, e.Services, log => resource.Node.PrepareAsync(secret, log, ct));
            })
            .WithArgs(context =>
            {
                foreach (var argument in broker.Node.BrokerCommand().Arguments)
                {
                    context.Args.Add(argument);
                }
            })
            .WithEnvironment(context =>
            {
                foreach (var (key, value) in broker.Node.BrokerCommand().Environment)
                {
                    context.EnvironmentVariables[key] = value;
                }
            })
            .WithHealthCheck(healthCheckKey);
    }

    /// <summary>
    /// The management plugin (web UI and HTTP API) on <paramref name="port"/> (null: a free one),
    /// shown as the resource's URL in the dashboard.
    /// </summary>
    public static IResourceBuilder<LocalRabbitMQServerResource> WithManagementPlugin(
        this IResourceBuilder<LocalRabbitMQServerResource> builder, int? port = null)
    {
        var managementPort = port ?? FreePort.Next();
        builder.Resource.NodeOptions = builder.Resource.NodeOptions with { ManagementPort = managementPort };
        return builder.WithHttpEndpoint(port: managementPort, targetPort: managementPort,
            name: LocalRabbitMQServerResource.ManagementEndpointName, isProxied: false);
    }
}
