using AppHost.LocalServers;

namespace AppHost;

/// <summary>
/// PostgreSQL and RabbitMQ for the platform. By default Debian's servers as executable resources
/// (this machine has no container runtime); with <c>AppHost:UseContainers=true</c> Aspire's own
/// <c>AddPostgres</c>/<c>AddRabbitMQ</c> with their standard images and data volumes. Either way
/// the services get the same connection strings by the same names.
/// </summary>
internal static class PlatformInfrastructure
{
    public static PlatformPostgres AddPlatformPostgres(this IDistributedApplicationBuilder builder, string name, AppHostSettings settings)
    {
        if (settings.UseContainers)
        {
            var container = builder.AddPostgres(name, port: AppHostSettings.Fixed(settings.PostgresPort)).WithDataVolume();
            return new PlatformPostgres(container, database => container.AddDatabase(database));
        }

        builder.RequireInstallableServers();
        var local = builder.AddLocalPostgres(name, Path.Combine(settings.DataDirectory, "postgres"), AppHostSettings.Fixed(settings.PostgresPort));
        return new PlatformPostgres(local, database => local.AddDatabase(database));
    }

    public static IResourceBuilder<IResourceWithConnectionString> AddPlatformRabbitMQ(this IDistributedApplicationBuilder builder, string name, AppHostSettings settings)
    {
        if (settings.UseContainers)
        {
            return builder.AddRabbitMQ(name, port: AppHostSettings.Fixed(settings.RabbitMqPort))
                .WithManagementPlugin(AppHostSettings.Fixed(settings.RabbitMqManagementPort))
                .WithDataVolume();
        }

        return builder.AddLocalRabbitMQ(name, Path.Combine(settings.DataDirectory, "rabbitmq"), AppHostSettings.Fixed(settings.RabbitMqPort))
            .WithManagementPlugin(AppHostSettings.Fixed(settings.RabbitMqManagementPort));
    }
}

/// <summary>The platform's PostgreSQL server, whichever kind it is, and how to add a database to it.</summary>
internal sealed class PlatformPostgres(IResourceBuilder<IResourceWithConnectionString> server, Func<string, IResourceBuilder<IResourceWithConnectionString>> addDatabase)
{
    public IResourceBuilder<IResourceWithConnectionString> Server { get; } = server;

    public IResourceBuilder<IResourceWithConnectionString> AddDatabase(string name) => addDatabase(name);
}
