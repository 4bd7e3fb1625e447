using Microsoft.Extensions.Configuration;

namespace AppHost.Hosting;

/// <summary>The Aspire-named verbs Program.cs reads as the map of the system.</summary>
public static class ResourceBuilderExtensions
{
    public static IResourceBuilder<PostgresServerResource> AddPostgres(this DistributedApplicationBuilder builder, string name) =>
        builder.AddResource(new PostgresServerResource(name, builder.Configuration.GetValue("AppHost:Ports:Postgres", 0)));

    public static IResourceBuilder<PostgresDatabaseResource> AddDatabase(
        this IResourceBuilder<PostgresServerResource> server, string name, string? databaseName = null)
    {
        var database = new PostgresDatabaseResource(name, server.Resource, databaseName ?? name);
        database.WaitsFor.Add(server.Resource); // created once its server answers
        return server.ApplicationBuilder.AddResource(database);
    }

    public static IResourceBuilder<RabbitMQServerResource> AddRabbitMQ(this DistributedApplicationBuilder builder, string name) =>
        builder.AddResource(new RabbitMQServerResource(
            name,
            builder.Configuration.GetValue("AppHost:Ports:RabbitMq", 0),
            builder.Configuration.GetValue("AppHost:Ports:RabbitMqManagement", 0)));

    public static IResourceBuilder<RabbitMQServerResource> WithManagementPlugin(this IResourceBuilder<RabbitMQServerResource> builder)
    {
        builder.Resource.ManagementPlugin = true;
        return builder;
    }

    /// <summary>A free port is chosen at start unless AppHost:Ports:{name} or WithHttpEndpoint sets one.</summary>
    public static IResourceBuilder<ProjectResource> AddProject<TProject>(this DistributedApplicationBuilder builder, string name)
        where TProject : IProjectMetadata, new() =>
        builder.AddResource(new ProjectResource(name, new TProject(), builder.Configuration.GetValue($"AppHost:Ports:{name}", 0)));

    /// <summary>Passes ConnectionStrings__{name} to the project.</summary>
    public static IResourceBuilder<ProjectResource> WithReference(
        this IResourceBuilder<ProjectResource> builder, IResourceBuilder<IResourceWithConnectionString> source)
    {
        builder.Resource.References.Add(source.Resource);
        return builder;
    }

    /// <summary>Passes services__{name}__http__0 to the project (service discovery by configuration).</summary>
    public static IResourceBuilder<ProjectResource> WithReference(
        this IResourceBuilder<ProjectResource> builder, IResourceBuilder<ProjectResource> source)
    {
        builder.Resource.References.Add(source.Resource);
        return builder;
    }

    public static IResourceBuilder<T> WaitFor<T>(this IResourceBuilder<T> builder, IResourceBuilder<IResource> dependency)
        where T : Resource
    {
        builder.Resource.WaitsFor.Add(dependency.Resource);
        return builder;
    }

    public static IResourceBuilder<ProjectResource> WithHttpEndpoint(this IResourceBuilder<ProjectResource> builder, int? port = null)
    {
        if (port is { } fixedPort) builder.Resource.Port = fixedPort;
        return builder;
    }
}
