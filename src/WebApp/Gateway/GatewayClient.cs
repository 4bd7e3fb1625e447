using System.Net.Http.Json;

namespace WebApp.Gateway;

/// <summary>
/// What every client of the gateway's API shares: requests relative to the gateway (service
/// discovery resolves <c>http://gateway</c>), JSON bodies, and answers read into
/// <see cref="ApiResult{T}"/>. Credentials and language are added by the handlers of the
/// HttpClient (<see cref="GatewayCredentialsHandler"/>).
/// </summary>
public abstract class GatewayClient(HttpClient http)
{
    protected HttpClient Http => http;

    protected Task<ApiResult<T>> GetAsync<T>(string path, CancellationToken cancellationToken) =>
        SendAsync<T>(new HttpRequestMessage(HttpMethod.Get, path), cancellationToken);

    protected Task<ApiResult<T>> SendAsync<T>(HttpRequestMessage request, CancellationToken cancellationToken) =>
        GatewayResponses.SendAsync<T>(http, request, cancellationToken);

    protected Task<ApiResult<T>> SendAsync<T>(HttpMethod method, string path, CancellationToken cancellationToken) =>
        SendAsync<T>(new HttpRequestMessage(method, path), cancellationToken);

    protected static HttpRequestMessage WithBody<TBody>(HttpMethod method, string path, TBody body) =>
        new(method, path) { Content = JsonContent.Create(body, options: GatewayResponses.Json) };
}
