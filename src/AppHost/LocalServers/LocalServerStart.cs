using LocalInfrastructure;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace AppHost.LocalServers;

/// <summary>What every local server does just before DCP starts it: install and prepare its files.</summary>
internal static class LocalServerStart
{
    /// <summary>
    /// Runs <paramref name="prepare"/> with the resource's console log (visible in the dashboard).
    /// Packages that could not be installed end the AppHost with the one line that says what to
    /// install, rather than leaving every service waiting for a server that will never start.
    /// </summary>
    public static async Task PrepareAsync(IResource resource, IServiceProvider services, Func<Action<string>, Task> prepare)
    {
        var log = services.GetRequiredService<ResourceLoggerService>().GetLogger(resource);
        try
        {
            await prepare(line => log.LogInformation("{Line}", line));
        }
        catch (ServerNotInstalledException notInstalled)
        {
            log.LogError("{Message}", notInstalled.Message);
            services.GetRequiredService<ILoggerFactory>().CreateLogger("AppHost").LogCritical("{Message}", notInstalled.Message);
            Environment.ExitCode = 1;
            services.GetRequiredService<IHostApplicationLifetime>().StopApplication();
            throw;
        }
    }
}
