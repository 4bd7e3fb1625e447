using Scalar.AspNetCore;

namespace Gateway.OpenApi;

public static class OpenApiEndpoints
{
    public const string DocumentPath = "/openapi/v1.json";

    public static void AddGatewayOpenApi(this IHostApplicationBuilder builder)
    {
        builder.Services.AddHttpClient(OpenApiAggregator.HttpClientName);
        builder.Services.AddSingleton<OpenApiAggregator>();
    }

    /// <summary>
    /// The merged document at <c>/openapi/v1.json</c> and a browsable reference at <c>/docs</c>
    /// (Scalar). The page loads only what the gateway serves: Scalar's script is embedded in its
    /// package, and its fonts, telemetry, agent and MCP features, which would call out to
    /// scalar.com, are off. Its one inline script carries a per-request nonce that the
    /// Content-Security-Policy names (SecurityHeadersMiddleware).
    /// </summary>
    public static void MapGatewayOpenApi(this WebApplication app)
    {
        app.MapGet(DocumentPath, async (OpenApiAggregator aggregator, CancellationToken cancellationToken) =>
            TypedResults.Text((await aggregator.GetAsync(cancellationToken)).ToJsonString(), "application/json"))
            .AllowAnonymous()
            .ExcludeFromDescription();

        app.MapScalarApiReference("/docs", scalar => scalar
            .WithTitle("Integration.Aspire API")
            .WithOpenApiRoutePattern(DocumentPath)
            .DisableDefaultFonts()
            .DisableTelemetry()
            .DisableAgent()
            .DisableMcp()
            .HideDeveloperTools()
            .WithNonce())
            .AllowAnonymous();
    }
}
