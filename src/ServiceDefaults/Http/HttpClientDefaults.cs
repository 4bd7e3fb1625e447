using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace ServiceDefaults.Http;

public static class HttpClientDefaults
{
    /// <summary>
    /// Every HttpClient made through IHttpClientFactory resolves Aspire-style service names
    /// (<c>http://offers-api</c> via <c>services:offers-api:http:0</c>) and is wrapped in a
    /// Polly pipeline: an overall timeout, retries of transient failures, and a circuit breaker.
    /// Microsoft.Extensions.Http.Resilience and ServiceDiscovery do not restore here, so both are
    /// small handlers of our own on top of Polly.Core.
    /// </summary>
    public static void AddPlatformHttpClientDefaults(this IHostApplicationBuilder builder)
    {
        builder.Services.AddSingleton<ServiceEndpointResolver>();
        builder.Services.AddTransient<ServiceEndpointResolvingHandler>();
        builder.Services.AddTransient<ResilienceHandler>();
        builder.Services.ConfigureHttpClientDefaults(http => http
            .AddHttpMessageHandler<ResilienceHandler>()
            .AddHttpMessageHandler<ServiceEndpointResolvingHandler>());
    }
}
