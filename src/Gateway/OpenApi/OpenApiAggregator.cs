using System.Text.Json.Nodes;
using Gateway.Routing;

namespace Gateway.OpenApi;

/// <summary>
/// One OpenAPI document for partner apps: each service describes its own endpoints
/// (Microsoft.AspNetCore.OpenApi at <c>/openapi/v1.json</c>); the gateway merges their paths and
/// schemas and adds what the gateway itself may answer on every route (401, 413, 415, 429,
/// 502–504). A merged document is cached briefly; one missing a service is not cached.
/// </summary>
internal sealed class OpenApiAggregator(IHttpClientFactory clients, ILogger<OpenApiAggregator> logger)
{
    public const string HttpClientName = "openapi";
    private static readonly TimeSpan CacheFor = TimeSpan.FromSeconds(30);
    private readonly SemaphoreSlim _lock = new(1, 1);
    private (JsonObject Document, DateTime At)? _cached;

    public async Task<JsonObject> GetAsync(CancellationToken cancellationToken)
    {
        await _lock.WaitAsync(cancellationToken);
        try
        {
            if (_cached is { } cached && DateTime.UtcNow - cached.At < CacheFor)
            {
                return cached.Document;
            }

            var (document, complete) = await BuildAsync(cancellationToken);
            _cached = complete ? (document, DateTime.UtcNow) : null;
            return document;
        }
        finally
        {
            _lock.Release();
        }
    }

    private async Task<(JsonObject Document, bool Complete)> BuildAsync(CancellationToken cancellationToken)
    {
        var merged = OpenApiDocumentParts.CreateSkeleton();
        var paths = merged["paths"]!.AsObject();
        var schemas = merged["components"]!["schemas"]!.AsObject();
        var missing = new List<string>();
        foreach (var service in GatewayRoutes.Services)
        {
            var document = await FetchAsync(service, cancellationToken);
            if (document is null)
            {
                missing.Add(service);
                continue;
            }

            foreach (var (path, item) in document["paths"]?.AsObject() ?? [])
            {
                paths[path] = item?.DeepClone();
            }

            foreach (var (name, schema) in document["components"]?["schemas"]?.AsObject() ?? [])
            {
                // Services share DTO names only for identical shapes (e.g. ProblemDetails); first wins.
                schemas.TryAdd(name, schema?.DeepClone());
            }
        }

        OpenApiDocumentParts.AddGatewayPaths(paths);
        OpenApiDocumentParts.AddGatewayResponses(paths);
        if (missing.Count > 0)
        {
            merged["info"]!["x-missing-services"] = new JsonArray([.. missing.Select(m => JsonValue.Create(m))]);
        }

        return (merged, missing.Count == 0);
    }

    private async Task<JsonObject?> FetchAsync(string service, CancellationToken cancellationToken)
    {
        try
        {
            using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
            timeout.CancelAfter(TimeSpan.FromSeconds(5));
            var text = await clients.CreateClient(HttpClientName).GetStringAsync(new Uri($"http://{service}/openapi/v1.json"), timeout.Token);
            return JsonNode.Parse(text)?.AsObject();
        }
        catch (Exception exception) when (exception is HttpRequestException or OperationCanceledException or System.Text.Json.JsonException)
        {
            logger.LogWarning("OpenAPI document of {Service} unavailable: {Error}", service, exception.GetType().Name);
            return null;
        }
    }
}
