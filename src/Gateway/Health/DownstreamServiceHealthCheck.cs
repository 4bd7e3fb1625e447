using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace Gateway.Health;

/// <summary>
/// Reports one service behind the gateway by asking its own <c>/health</c> (database and broker
/// reachable). The gateway's <c>/health</c> lists each service, so operators see which one fails.
/// </summary>
internal sealed class DownstreamServiceHealthCheck(IHttpClientFactory clients, string service) : IHealthCheck
{
    public const string HttpClientName = "downstream-health";

    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        try
        {
            using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
            timeout.CancelAfter(TimeSpan.FromSeconds(3));
            using var response = await clients.CreateClient(HttpClientName)
                .GetAsync(new Uri($"http://{service}/health"), timeout.Token);
            return response.IsSuccessStatusCode
                ? HealthCheckResult.Healthy($"{service} is ready.")
                : HealthCheckResult.Unhealthy($"{service} answered {(int)response.StatusCode}.");
        }
        catch (Exception exception) when (exception is HttpRequestException or OperationCanceledException)
        {
            return HealthCheckResult.Unhealthy($"{service} did not answer.");
        }
    }
}
