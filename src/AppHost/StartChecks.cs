using LocalInfrastructure;
using LocalInfrastructure.Processes;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace AppHost;

/// <summary>What must hold before anything starts; each failure is one line that says what to do.</summary>
internal static class StartChecks
{
    /// <summary>
    /// Fixed ports must be free: DCP would otherwise start the platform behind a port someone
    /// else answers on and say nothing. The message names the setting.
    /// </summary>
    /// <summary>Every fixed port the settings name must be free before anything starts.</summary>
    public static IDistributedApplicationBuilder RequireFreePorts(this IDistributedApplicationBuilder builder, AppHostSettings settings) =>
        builder.RequireFreePorts(
            (settings.GatewayPort, "the gateway", "AppHost:GatewayPort"),
            (settings.WebAppPort, "the web app", "AppHost:WebAppPort"),
            (settings.PostgresPort, "PostgreSQL", "AppHost:Ports:Postgres"),
            (settings.RabbitMqPort, "RabbitMQ", "AppHost:Ports:RabbitMq"),
            (settings.RabbitMqManagementPort, "RabbitMQ's management UI", "AppHost:Ports:RabbitMqManagement"));

    public static IDistributedApplicationBuilder RequireFreePorts(this IDistributedApplicationBuilder builder, params (int Port, string What, string Setting)[] ports) =>
        builder.RefuseStartIf(() => ports.Where(p => p.Port != 0 && !FreePort.IsFree(p.Port))
            .Select(p => $"Port {p.Port} for {p.What} is already in use: stop what listens there, or choose another port with {p.Setting}.")
            .FirstOrDefault());

    /// <summary>Debian's servers are installed on first start, which only root can do; anyone else is told what to install.</summary>
    public static IDistributedApplicationBuilder RequireInstallableServers(this IDistributedApplicationBuilder builder) =>
        builder.RefuseStartIf(() => ServerPackages.IsInstalled || Native.IsRoot ? null : ServerPackages.InstallHint);

    private static IDistributedApplicationBuilder RefuseStartIf(this IDistributedApplicationBuilder builder, Func<string?> problem)
    {
        builder.Eventing.Subscribe<BeforeStartEvent>((e, _) =>
        {
            if (problem() is { } message)
            {
                e.Services.GetRequiredService<ILoggerFactory>().CreateLogger("AppHost").LogCritical("{Message}", message);
                throw new StartRefusedException(message);
            }

            return Task.CompletedTask;
        });
        return builder;
    }
}

/// <summary>The AppHost will not start, for a reason it has just logged in one line.</summary>
public sealed class StartRefusedException(string message) : DistributedApplicationException(message)
{
    /// <summary>
    /// Run as its own process (<c>dotnet run</c>), the AppHost ends with exit code 1 after the one
    /// line; hosted by a test (Aspire.Hosting.Testing), the exception goes on to the test.
    /// </summary>
    public static bool RunAsItsOwnProcess => System.Reflection.Assembly.GetEntryAssembly() == typeof(StartRefusedException).Assembly;
}
