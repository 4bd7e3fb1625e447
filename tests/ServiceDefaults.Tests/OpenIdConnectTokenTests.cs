using System.Net;
using System.Net.Http.Json;
using System.Security.Claims;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.TestHost;
using ServiceDefaults.Authentication;

namespace ServiceDefaults.Tests;

/// <summary>
/// A service outside Development configured for the county's OpenID Connect provider (Authority,
/// Audience, claim mappings), beside its own signing key: what it accepts and what it refuses.
/// The gateway and every service get this from the same AddServiceDefaults.
/// </summary>
public sealed class OpenIdConnectTokenTests : IAsyncLifetime
{
    private static readonly string ServiceKey = new('s', 48);
    private TestOpenIdProvider _provider = null!;
    private WebApplication _app = null!;
    private HttpClient _client = null!;

    public async Task InitializeAsync()
    {
        _provider = await TestOpenIdProvider.StartAsync();
        _app = await ProductionHost.StartAsync(
            new Dictionary<string, string?>
            {
                ["Authentication:Jwt:SigningKey"] = ServiceKey,
                ["Authentication:Jwt:Authority"] = _provider.Issuer,
                ["Authentication:Jwt:RequireHttpsMetadata"] = "false",
                ["Authentication:Jwt:ClaimMappings:Role"] = "roles",
                ["Authentication:Jwt:ClaimMappings:Municipality"] = "kreis_gemeinde",
                ["Authentication:Jwt:ClaimMappings:Organization"] = "organisation",
            },
            app => app.MapGet("/me", (ClaimsPrincipal user) => new Caller(user.Subject(), user.IsCoordinator(), user.Municipality(), user.Organization()))
                .RequireAuthorization(PlatformPolicies.CoordinatorOrAdmin));
        _client = _app.GetTestClient();
    }

    public async Task DisposeAsync()
    {
        await _app.DisposeAsync();
        await _provider.DisposeAsync();
    }

    [Fact]
    public async Task Get_WithProviderToken_IsAcceptedWithClaimsMappedToThePlatformNames()
    {
        var token = _provider.CreateToken(CoordinatorClaims());

        var response = await SendAsync(token);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(new Caller("county-user-7", true, "ahlen", "caritas-ahlen"), await response.Content.ReadFromJsonAsync<Caller>());
    }

    [Fact]
    public async Task Get_WithTokenSignedByAKeyTheProviderDoesNotPublish_Returns401() =>
        Assert.Equal(HttpStatusCode.Unauthorized, (await SendAsync(_provider.CreateToken(CoordinatorClaims(), signingKey: TestOpenIdProvider.ForeignKey()))).StatusCode);

    [Fact]
    public async Task Get_WithTokenOfAnotherIssuer_Returns401() =>
        Assert.Equal(HttpStatusCode.Unauthorized, (await SendAsync(_provider.CreateToken(CoordinatorClaims(), issuer: "https://login.elsewhere.example"))).StatusCode);

    [Fact]
    public async Task Get_WithTokenForAnotherAudience_Returns401() =>
        Assert.Equal(HttpStatusCode.Unauthorized, (await SendAsync(_provider.CreateToken(CoordinatorClaims(), audience: "another-app"))).StatusCode);

    [Fact]
    public async Task Get_WithExpiredProviderToken_Returns401() =>
        Assert.Equal(HttpStatusCode.Unauthorized, (await SendAsync(_provider.CreateToken(CoordinatorClaims(), expires: DateTime.UtcNow.AddMinutes(-5)))).StatusCode);

    [Fact]
    public async Task Get_WithTokenSignedByTheConfiguredKey_IsStillAccepted() =>
        Assert.Equal(HttpStatusCode.OK, (await SendAsync(DevelopmentTokens.Create("coordinator", "c-1", "ahlen", signingKey: ServiceKey))).StatusCode);

    [Fact]
    public async Task Get_WithDevelopmentSignedToken_Returns401() =>
        Assert.Equal(HttpStatusCode.Unauthorized, (await SendAsync(DevelopmentTokens.Create("coordinator", "c-1", "ahlen"))).StatusCode);

    private static Claim[] CoordinatorClaims() =>
        [new("sub", "county-user-7"), new("roles", "coordinator"), new("kreis_gemeinde", "ahlen"), new("organisation", "caritas-ahlen")];

    private Task<HttpResponseMessage> SendAsync(string token)
    {
        var request = new HttpRequestMessage(HttpMethod.Get, "/me");
        request.Headers.Authorization = new("Bearer", token);
        return _client.SendAsync(request);
    }

    private sealed record Caller(string? Subject, bool IsCoordinator, string? Municipality, string? Organization);
}
