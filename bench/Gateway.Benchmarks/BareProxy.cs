using System.Diagnostics;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Yarp.ReverseProxy.Configuration;

namespace Gateway.Benchmarks;

/// <summary>
/// YARP and nothing else: one catch-all route to one destination, no middleware, no logging. It
/// runs as a process of its own (this benchmark started with `bare-proxy`), so the benchmark can
/// tell what the proxy hop itself costs on this machine apart from what our gateway adds to it.
/// </summary>
internal static class BareProxy
{
    public static async Task RunAsync(Uri destination, int port)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseUrls($"http://127.0.0.1:{port}");
        builder.Services.AddReverseProxy().LoadFromMemory(
            [new RouteConfig { RouteId = "all", ClusterId = "destination", Match = new RouteMatch { Path = "/{**rest}" } }],
            [new ClusterConfig
            {
                ClusterId = "destination",
                Destinations = new Dictionary<string, DestinationConfig> { ["only"] = new() { Address = destination.ToString() } },
            }]);
        var app = builder.Build();
        app.MapReverseProxy();
        await app.RunAsync();
    }

    /// <summary>Starts this benchmark's executable as a bare proxy in front of <paramref name="destination"/>.</summary>
    public static Process Start(Uri destination, int port)
    {
        var start = new ProcessStartInfo(Environment.ProcessPath!) { RedirectStandardOutput = true };
        if (Path.GetFileNameWithoutExtension(Environment.ProcessPath) == "dotnet")
        {
            start.ArgumentList.Add(typeof(BareProxy).Assembly.Location);
        }

        foreach (var argument in new[] { "bare-proxy", destination.ToString(), port.ToString(System.Globalization.CultureInfo.InvariantCulture) })
        {
            start.ArgumentList.Add(argument);
        }

        return Process.Start(start)!;
    }
}
