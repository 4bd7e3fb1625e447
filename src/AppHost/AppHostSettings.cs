using Microsoft.Extensions.Configuration;

namespace AppHost;

/// <summary>
/// The AppHost's own settings, section <c>AppHost</c> (appsettings.json, environment
/// <c>AppHost__GatewayPort=…</c>, or <c>--AppHost:GatewayPort=…</c>).
/// </summary>
internal sealed record AppHostSettings
{
    /// <summary>The gateway's port, the one address partner apps use.</summary>
    public int GatewayPort { get; init; } = 5080;

    /// <summary>The web app's port, the address people open in a browser.</summary>
    public int WebAppPort { get; init; } = 5090;

    /// <summary>PostgreSQL's and RabbitMQ's data (default: .data beside Integration.Aspire.sln).</summary>
    public required string DataDirectory { get; init; }

    /// <summary>Aspire's PostgreSQL and RabbitMQ containers instead of Debian's servers.</summary>
    public bool UseContainers { get; init; }

    /// <summary>
    /// Instances of each service and of the gateway (<c>WithReplicas</c>); DCP's proxy in front
    /// of each spreads the connections over them.
    /// </summary>
    public int Replicas { get; init; } = 1;

    /// <summary>ASPNETCORE_ENVIRONMENT of the services (Development issues /dev/tokens).</summary>
    public string Environment { get; init; } = "Development";

    /// <summary>Fixed ports of the local servers; 0 picks free ones at start.</summary>
    public int PostgresPort { get; init; }

    public int RabbitMqPort { get; init; }

    public int RabbitMqManagementPort { get; init; }

    public static AppHostSettings From(IDistributedApplicationBuilder builder)
    {
        var section = builder.Configuration.GetSection("AppHost");
        var configured = section["DataDirectory"];
        return new AppHostSettings
        {
            GatewayPort = section.GetValue("GatewayPort", 5080),
            WebAppPort = section.GetValue("WebAppPort", 5090),
            DataDirectory = string.IsNullOrEmpty(configured) ? DefaultDataDirectory(builder.AppHostDirectory) : Path.GetFullPath(configured),
            UseContainers = section.GetValue("UseContainers", false),
            Replicas = Math.Max(1, section.GetValue("Replicas", 1)),
            Environment = section["Environment"] is { Length: > 0 } environment ? environment : "Development",
            PostgresPort = section.GetValue("Ports:Postgres", 0),
            RabbitMqPort = section.GetValue("Ports:RabbitMq", 0),
            RabbitMqManagementPort = section.GetValue("Ports:RabbitMqManagement", 0),
        };
    }

    /// <summary>Null (a free port) for 0.</summary>
    public static int? Fixed(int port) => port == 0 ? null : port;

    private static string DefaultDataDirectory(string appHostDirectory)
    {
        for (var directory = new DirectoryInfo(appHostDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "Integration.Aspire.sln")))
            {
                return Path.Combine(directory.FullName, ".data");
            }
        }

        return Path.Combine(appHostDirectory, ".data");
    }
}
