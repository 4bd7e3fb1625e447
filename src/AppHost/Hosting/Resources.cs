using LocalInfrastructure;

namespace AppHost.Hosting;

/// <summary>Anything the AppHost runs or provides, named as the services will see it.</summary>
public interface IResource
{
    string Name { get; }
}

/// <summary>A resource a service reaches through ConnectionStrings__{name} (valid once it is running).</summary>
public interface IResourceWithConnectionString : IResource
{
    string GetConnectionString();
}

/// <summary>Implemented by the generated Projects.* classes.</summary>
public interface IProjectMetadata
{
    string ProjectPath { get; }

    string TargetPath { get; }
}

public abstract class Resource(string name) : IResource
{
    public string Name => name;

    /// <summary>Resources that must be ready before this one starts.</summary>
    internal List<IResource> WaitsFor { get; } = [];
}

public sealed class PostgresServerResource(string name, int port) : Resource(name), IResourceWithConnectionString
{
    internal int Port { get; set; } = port;

    internal PostgresServer? Server { get; set; }

    public string GetConnectionString() => Required(Server, Name).GetConnectionString();

    internal static T Required<T>(T? server, string name) where T : class =>
        server ?? throw new InvalidOperationException($"{name} is not running yet.");
}

public sealed class PostgresDatabaseResource(string name, PostgresServerResource parent, string databaseName)
    : Resource(name), IResourceWithConnectionString
{
    public PostgresServerResource Parent => parent;

    public string DatabaseName => databaseName;

    public string GetConnectionString() => PostgresServerResource.Required(parent.Server, parent.Name).GetConnectionString(databaseName);
}

public sealed class RabbitMQServerResource(string name, int amqpPort, int managementPort) : Resource(name), IResourceWithConnectionString
{
    internal int AmqpPort { get; set; } = amqpPort;

    internal int ManagementPort { get; set; } = managementPort;

    internal bool ManagementPlugin { get; set; }

    internal RabbitMqServer? Server { get; set; }

    public string GetConnectionString() => PostgresServerResource.Required(Server, Name).GetAmqpUri().ToString();
}

public sealed class ProjectResource(string name, IProjectMetadata project, int port) : Resource(name)
{
    public IProjectMetadata Project => project;

    /// <summary>0 until started when no port was configured.</summary>
    internal int Port { get; set; } = port;

    public string Url => $"http://127.0.0.1:{Port}";

    internal List<IResource> References { get; } = [];
}
