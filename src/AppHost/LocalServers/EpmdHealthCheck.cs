using System.Buffers.Binary;
using System.Net.Sockets;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace AppHost.LocalServers;

/// <summary>
/// Healthy once epmd (Erlang's port mapper, which no health-check package knows) answers a
/// NAMES_REQ: a two-byte length, the request 'n', and in reply its own port as four bytes.
/// Written here because it is that small; a bare connect-and-close would make epmd log "got
/// partial packet only" on every check.
/// </summary>
internal sealed class EpmdHealthCheck(int port) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(TimeSpan.FromSeconds(2));
        try
        {
            using var client = new TcpClient();
            await client.ConnectAsync("127.0.0.1", port, timeout.Token);
            var stream = client.GetStream();
            await stream.WriteAsync(new byte[] { 0, 1, (byte)'n' }, timeout.Token);
            var reply = new byte[4];
            await stream.ReadExactlyAsync(reply, timeout.Token);
            return BinaryPrimitives.ReadInt32BigEndian(reply) == port
                ? HealthCheckResult.Healthy()
                : HealthCheckResult.Unhealthy($"port {port} answers, but not as epmd");
        }
        catch (Exception exception) when (exception is SocketException or IOException or OperationCanceledException)
        {
            return HealthCheckResult.Unhealthy($"epmd does not answer on port {port}");
        }
    }
}

internal static class EpmdHealthCheckExtensions
{
    public static IResourceBuilder<T> WithEpmdHealthCheck<T>(this IResourceBuilder<T> builder, int port) where T : IResource
    {
        var key = $"{builder.Resource.Name}_check";
        builder.ApplicationBuilder.Services.AddHealthChecks().Add(new HealthCheckRegistration(key, _ => new EpmdHealthCheck(port), failureStatus: null, tags: null));
        return builder.WithHealthCheck(key);
    }
}
