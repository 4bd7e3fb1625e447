using System.Net.Sockets;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace AppHost.LocalServers;

/// <summary>
/// Healthy once a TCP port on 127.0.0.1 accepts connections: for epmd, which speaks no protocol a
/// health-check package knows. Small enough to write: one connect with a timeout.
/// </summary>
internal sealed class TcpHealthCheck(int port) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(TimeSpan.FromSeconds(2));
        try
        {
            using var client = new TcpClient();
            await client.ConnectAsync("127.0.0.1", port, timeout.Token);
            return HealthCheckResult.Healthy();
        }
        catch (Exception exception) when (exception is SocketException or OperationCanceledException)
        {
            return HealthCheckResult.Unhealthy($"port {port} does not accept connections");
        }
    }
}

internal static class TcpHealthCheckExtensions
{
    public static IResourceBuilder<T> WithTcpHealthCheck<T>(this IResourceBuilder<T> builder, int port) where T : IResource
    {
        var key = $"{builder.Resource.Name}_tcp_check";
        builder.ApplicationBuilder.Services.AddHealthChecks().Add(new HealthCheckRegistration(key, _ => new TcpHealthCheck(port), failureStatus: null, tags: null));
        return builder.WithHealthCheck(key);
    }
}
