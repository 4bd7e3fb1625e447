using System.Net.Http.Headers;
using System.Net.Http.Json;

namespace EndToEnd;

/// <summary>A request to the gateway with a bearer token, an optional JSON body and extra headers.</summary>
public static class GatewayRequest
{
    public static HttpRequestMessage Create(HttpMethod method, string path, string token, object? body, params (string Name, string? Value)[] headers)
    {
        var request = new HttpRequestMessage(method, new Uri(path, UriKind.Relative));
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        if (body is not null)
        {
            request.Content = JsonContent.Create(body);
        }

        foreach (var (name, value) in headers.Where(h => h.Value is not null))
        {
            request.Headers.TryAddWithoutValidation(name, value);
        }

        return request;
    }
}
