using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Http.Resilience;

namespace ServiceDefaults.Http;

public static class HttpClientDefaults
{
    /// <summary>
    /// Every HttpClient from IHttpClientFactory resolves service names through service discovery
    /// (<c>http://offers-api</c> from <c>services:offers-api:http:0</c>, as the AppHost sets it)
    /// and runs through the standard resilience handler: rate limiter, total timeout, retries,
    /// circuit breaker and attempt timeout. Retries are off for POST, PUT, PATCH and DELETE:
    /// a request that reached the service could otherwise take effect twice.
    /// </summary>
    public static void AddPlatformHttpClientDefaults(this IHostApplicationBuilder builder)
    {
        builder.Services.AddServiceDiscovery();
        builder.Services.ConfigureHttpClientDefaults(http =>
        {
            http.AddStandardResilienceHandler(resilience => resilience.Retry.DisableForUnsafeHttpMethods());
            http.AddServiceDiscovery();
        });
    }
}
