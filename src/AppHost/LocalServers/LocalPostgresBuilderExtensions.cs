using LocalInfrastructure;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Npgsql;

namespace AppHost.LocalServers;

public static class LocalPostgresBuilderExtensions
{
    /// <summary>
    /// Adds PostgreSQL from Debian's packages, installed on first start when missing (as root),
    /// its cluster in <paramref name="dataDirectory"/> (initialised once, kept across restarts) and
    /// its superuser password a generated parameter kept in the AppHost's user secrets.
    /// </summary>
    /// <param name="port">The port it listens on; null picks a free one at start-up.</param>
    public static IResourceBuilder<LocalPostgresServerResource> AddLocalPostgres(
        this IDistributedApplicationBuilder builder, string name, string dataDirectory, int? port = null)
    {
        var password = ParameterResourceBuilderExtensions.CreateDefaultPasswordParameter(builder, $"{name}-password");
        var server = new LocalPostgresServerResource(name, password, new PostgresCluster(dataDirectory), builder.AppHostDirectory);
        var listenPort = port ?? FreePort.Next();

        string? connectionString = null;
        var healthCheckKey = $"{name}_check";
        // Unpooled: a pooled idle connection of the AppHost's would hold the server's shutdown
        // (SIGTERM is PostgreSQL's "smart" shutdown, which waits for every session to end).
        builder.Services.AddHealthChecks().AddNpgSql(
            _ => Unpooled(connectionString ?? throw new InvalidOperationException($"{name}: connection string not available yet")),
            name: healthCheckKey);

        return builder.AddResource(server)
            // Not proxied: the services talk to PostgreSQL directly, as they would in production.
            .WithEndpoint(port: listenPort, targetPort: listenPort, name: LocalPostgresServerResource.PrimaryEndpointName, isProxied: false)
            .WithIconName("DatabaseMultiple")
            .OnConnectionStringAvailable(async (resource, _, ct) => connectionString = await resource.ConnectionStringExpression.GetValueAsync(ct))
            .OnBeforeResourceStarted(async (resource, e, ct) =>
            {
                var password = await resource.PasswordParameter.GetValueAsync(ct)
                    ?? throw new InvalidOperationException($"{name}: no password");
                await LocalServerStart.PrepareAsync(resource, e.Services, log => resource.Cluster.PrepareAsync(password, log, ct));
            })
            .WithArgs(context =>
            {
                foreach (var argument in server.Cluster.ServerCommand(listenPort).Arguments)
                {
                    context.Args.Add(argument);
                }
            })
            .WithEnvironment(context =>
            {
                foreach (var (key, value) in server.Cluster.ServerCommand(listenPort).Environment)
                {
                    context.EnvironmentVariables[key] = value;
                }
            })
            .WithHealthCheck(healthCheckKey)
            .OnInitializeResource((resource, e, ct) =>
            {
                var stopping = e.Services.GetRequiredService<Microsoft.Extensions.Hosting.IHostApplicationLifetime>().ApplicationStopping;
                _ = DatabaseStates.FollowServerAsync(resource, builder, e.Notifications, e.Logger, stopping);
                return Task.CompletedTask;
            });
    }

    /// <summary>
    /// Adds a database, created on the server once the server is healthy. It is a child of the
    /// server (shown under it in the dashboard) and healthy once it accepts connections, so
    /// <c>WaitFor(database)</c> waits for exactly that.
    /// </summary>
    public static IResourceBuilder<LocalPostgresDatabaseResource> AddDatabase(
        this IResourceBuilder<LocalPostgresServerResource> builder, string name, string? databaseName = null)
    {
        var database = new LocalPostgresDatabaseResource(name, databaseName ?? name, builder.Resource);
        builder.Resource.AddDatabase(name, database.DatabaseName);

        string? connectionString = null;
        var healthCheckKey = $"{name}_check";
        builder.ApplicationBuilder.Services.AddHealthChecks().AddNpgSql(
            _ => Unpooled(connectionString ?? throw new InvalidOperationException($"{name}: connection string not available yet")),
            name: healthCheckKey);

        return builder.ApplicationBuilder.AddResource(database)
            .WithInitialState(new CustomResourceSnapshot
            {
                ResourceType = "PostgresDatabase",
                State = KnownResourceStates.Waiting,
                Properties = [new("postgres.database", database.DatabaseName)],
            })
            .WithIconName("Database")
            .OnConnectionStringAvailable(async (resource, _, ct) => connectionString = await resource.ConnectionStringExpression.GetValueAsync(ct))
            .WithHealthCheck(healthCheckKey);
    }

    private static string Unpooled(string connectionString) =>
        new NpgsqlConnectionStringBuilder(connectionString) { Pooling = false, Timeout = 5 }.ConnectionString;
}
