using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Polly.CircuitBreaker;
using Polly.Timeout;

namespace WebApp.Gateway;

/// <summary>
/// Turns what the gateway answers into an <see cref="ApiResult{T}"/>, once for every client: JSON
/// on success with its ETag, the ProblemDetails body otherwise, and a problem of our own when no
/// answer came at all, so a page shows a message instead of failing with a 500.
/// </summary>
public static class GatewayResponses
{
    public static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public static async Task<ApiResult<T>> SendAsync<T>(HttpClient http, HttpRequestMessage request, CancellationToken cancellationToken)
    {
        try
        {
            using var response = await http.SendAsync(request, cancellationToken);
            return await ReadAsync<T>(response, cancellationToken);
        }
        catch (Exception exception) when (exception is HttpRequestException or TimeoutRejectedException or BrokenCircuitException
                                              || (exception is TaskCanceledException && !cancellationToken.IsCancellationRequested))
        {
            return ApiResult<T>.Failed(new ApiProblem(ApiProblem.Unreachable, "The platform is not reachable", exception.GetType().Name, ApiProblem.NoErrors));
        }
    }

    public static async Task<ApiResult<T>> ReadAsync<T>(HttpResponseMessage response, CancellationToken cancellationToken)
    {
        var etag = response.Headers.ETag?.ToString();
        if (!response.IsSuccessStatusCode)
        {
            return new ApiResult<T>(response.StatusCode, default, await ReadProblemAsync(response, cancellationToken), etag);
        }

        if (response.StatusCode == HttpStatusCode.NoContent || response.Content.Headers.ContentLength == 0 || typeof(T) == typeof(NoBody))
        {
            return new ApiResult<T>(response.StatusCode, default, null, etag);
        }

        try
        {
            return new ApiResult<T>(response.StatusCode, await response.Content.ReadFromJsonAsync<T>(Json, cancellationToken), null, etag);
        }
        catch (JsonException)
        {
            return new ApiResult<T>(HttpStatusCode.BadGateway, default, new ApiProblem(502, "Unexpected answer from the platform", null, ApiProblem.NoErrors), etag);
        }
    }

    private static async Task<ApiProblem> ReadProblemAsync(HttpResponseMessage response, CancellationToken cancellationToken)
    {
        var status = (int)response.StatusCode;
        try
        {
            var body = await response.Content.ReadFromJsonAsync<ProblemBody>(Json, cancellationToken);
            return new ApiProblem(body?.Status ?? status, body?.Title ?? response.ReasonPhrase, body?.Detail, body?.Errors ?? ApiProblem.NoErrors);
        }
        catch (Exception exception) when (exception is JsonException or NotSupportedException)
        {
            // Not a problem document (a proxy's HTML error page, an empty body): the status still says what happened.
            return new ApiProblem(status, response.ReasonPhrase, null, ApiProblem.NoErrors);
        }
    }

    private sealed record ProblemBody(int? Status, string? Title, string? Detail, Dictionary<string, string[]>? Errors);
}

/// <summary>The result type of calls whose answer has no body worth reading (204, or only the status).</summary>
public sealed record NoBody;
