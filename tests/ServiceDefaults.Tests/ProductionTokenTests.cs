using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.TestHost;
using ServiceDefaults.Authentication;

namespace ServiceDefaults.Tests;

/// <summary>What every service does outside Development: only tokens signed with the configured key count.</summary>
public sealed class ProductionTokenTests : IAsyncLifetime
{
    private static readonly string ProductionKey = new('p', 48);
    private WebApplication _app = null!;
    private HttpClient _client = null!;

    public async Task InitializeAsync()
    {
        _app = await ProductionHost.StartAsync(
            new Dictionary<string, string?> { ["Authentication:Jwt:SigningKey"] = ProductionKey },
            app => app.MapGet("/secret", () => "yes").RequireAuthorization());
        _client = _app.GetTestClient();
    }

    public async Task DisposeAsync() => await _app.DisposeAsync();

    [Fact]
    public async Task Get_WithDevelopmentSignedToken_Returns401()
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "/secret");
        request.Headers.Authorization = new("Bearer", DevelopmentTokens.Create("admin", "a-1"));

        using var response = await _client.SendAsync(request);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Fact]
    public async Task Get_WithTokenSignedByConfiguredKey_Succeeds()
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "/secret");
        request.Headers.Authorization = new("Bearer", DevelopmentTokens.Create("admin", "a-1", signingKey: ProductionKey));

        using var response = await _client.SendAsync(request);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }
}
