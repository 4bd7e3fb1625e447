namespace Gateway.OpenApi;

public static class OpenApiEndpoints
{
    public static void AddGatewayOpenApi(this IHostApplicationBuilder builder)
    {
        builder.Services.AddHttpClient(OpenApiAggregator.HttpClientName);
        builder.Services.AddSingleton<OpenApiAggregator>();
    }

    /// <summary>The merged document at <c>/openapi/v1.json</c> and a browsable reference at <c>/docs</c>.</summary>
    public static void MapGatewayOpenApi(this WebApplication app)
    {
        app.MapGet("/openapi/v1.json", async (OpenApiAggregator aggregator, CancellationToken cancellationToken) =>
            TypedResults.Text((await aggregator.GetAsync(cancellationToken)).ToJsonString(), "application/json"))
            .AllowAnonymous()
            .ExcludeFromDescription();

        app.UseSwaggerUI(ui =>
        {
            ui.RoutePrefix = "docs";
            ui.DocumentTitle = "Integration.Aspire API";
            ui.SwaggerEndpoint("/openapi/v1.json", "Integration.Aspire v1");
        });
    }
}
