using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;

namespace Gateway.Tests;

/// <summary>
/// A real HTTP server on a free loopback port standing in for a service behind the gateway:
/// the gateway's own behaviour (routing, errors, health) is under test here, not the services.
/// It answers every path with the path it saw, so routing is observable.
/// </summary>
public sealed class DownstreamService : IAsyncDisposable
{
    private readonly WebApplication _app;

    private DownstreamService(WebApplication app) => _app = app;

    public Uri Address => new(_app.Services.GetRequiredService<IServer>().Features.GetRequiredFeature<IServerAddressesFeature>().Addresses.First());

    public static async Task<DownstreamService> StartAsync(string name, bool healthy = true)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        var app = builder.Build();
        app.MapGet("/health", () => healthy ? Results.Ok() : Results.StatusCode(503));
        app.MapGet("/alive", () => Results.Ok());
        app.Map("/{**path}", (HttpContext context) => Results.Json(new
        {
            service = name,
            path = context.Request.Path.Value,
            traceparent = context.Request.Headers["traceparent"].ToString(),
            headers = context.Request.Headers.Keys.ToArray(),
        }));
        await app.StartAsync();
        return new DownstreamService(app);
    }

    public async ValueTask DisposeAsync() => await _app.DisposeAsync();
}
