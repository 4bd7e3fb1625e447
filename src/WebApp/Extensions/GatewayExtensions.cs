using WebApp.Gateway;

namespace WebApp.Extensions;

internal static class GatewayExtensions
{
    /// <summary>
    /// The typed clients of the gateway's public API. The address is <c>http://gateway</c>, which
    /// service discovery resolves from <c>services:gateway:http:0</c> as the AppHost sets it
    /// (<c>WebApp:GatewayUrl</c> overrides it when the web app runs elsewhere). ServiceDefaults adds
    /// discovery and the standard resilience handler to every client.
    /// </summary>
    public static void AddGatewayClients(this WebApplicationBuilder builder)
    {
        var gateway = new Uri(builder.Configuration["WebApp:GatewayUrl"] is { Length: > 0 } configured ? configured : "http://gateway");
        builder.Services.AddHttpContextAccessor();
        builder.Services.AddMemoryCache();
        builder.Services.AddTransient<GatewayCredentialsHandler>();
        builder.Services.AddHttpClient<OffersClient>(http => http.BaseAddress = gateway).AddHttpMessageHandler<GatewayCredentialsHandler>();
        builder.Services.AddHttpClient<EventsClient>(http => http.BaseAddress = gateway).AddHttpMessageHandler<GatewayCredentialsHandler>();
        builder.Services.AddHttpClient<VolunteersClient>(http => http.BaseAddress = gateway).AddHttpMessageHandler<GatewayCredentialsHandler>();
        builder.Services.AddHttpClient<ReferenceDataClient>(http => http.BaseAddress = gateway).AddHttpMessageHandler<GatewayCredentialsHandler>();
        builder.Services.AddHttpClient(DevelopmentSignInClient, http => http.BaseAddress = gateway);
    }

    /// <summary>The client that asks the gateway's <c>/dev/tokens</c> (no credentials of its own).</summary>
    public const string DevelopmentSignInClient = "dev-tokens";
}
