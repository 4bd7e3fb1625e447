using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using ServiceDefaults.Authentication;
using TestInfrastructure;

namespace Gateway.Tests;

/// <summary>
/// Limits and hygiene at the edge: body size, content type, API keys, bearer tokens, rate limits,
/// headers, CORS. A gateway of its own per class, with small limits and one known partner key.
/// </summary>
public sealed class EdgeProtectionTests : IAsyncLifetime
{
    private const string PartnerKey = "partner-key-for-tests-0123456789";
    private DownstreamService _offers = null!;
    private ServiceFactory<Program> _gateway = null!;

    public async Task InitializeAsync()
    {
        _offers = await DownstreamService.StartAsync("offers-api");
        _gateway = new ServiceFactory<Program>(new Dictionary<string, string?>
        {
            ["services:offers-api:http:0"] = _offers.Address.ToString(),
            ["services:events-api:http:0"] = _offers.Address.ToString(),
            ["services:volunteers-api:http:0"] = _offers.Address.ToString(),
            ["Partners:Keys:0:Name"] = "warendorf-website",
            ["Partners:Keys:0:KeyHash"] = Security.ApiKeyMiddleware.Hash(PartnerKey),
            ["Partners:Keys:0:PermitsPerMinute"] = "3",
            ["RateLimiting:AnonymousPermitsPerMinute"] = "1000",
            ["Cors:AllowedOrigins:0"] = "https://www.warendorf.de",
        });
        _ = _gateway.Server;
    }

    public async Task DisposeAsync()
    {
        await _gateway.DisposeAsync();
        await _offers.DisposeAsync();
    }

    [Fact]
    public async Task Post_BodyOver256KB_Returns413Problem()
    {
        using var client = _gateway.CreateClient();
        using var body = new StringContent("{\"title\":\"" + new string('x', 300 * 1024) + "\"}", Encoding.UTF8, "application/json");

        using var response = await client.PostAsync(new Uri("/api/offers", UriKind.Relative), body);

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task Post_XmlBody_Returns415Problem()
    {
        using var client = _gateway.CreateClient();
        using var body = new StringContent("<offer/>", Encoding.UTF8, "application/xml");

        using var response = await client.PostAsync(new Uri("/api/offers", UriKind.Relative), body);

        Assert.Equal(HttpStatusCode.UnsupportedMediaType, response.StatusCode);
    }

    [Fact]
    public async Task Get_UnknownApiKey_Returns401()
    {
        using var client = _gateway.CreateClient();
        client.DefaultRequestHeaders.Add("X-Api-Key", "not-a-key");

        using var response = await client.GetAsync(new Uri("/api/offers", UriKind.Relative));

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Fact]
    public async Task Get_KnownApiKey_IsForwardedWithoutTheKey()
    {
        using var client = _gateway.CreateClient();
        client.DefaultRequestHeaders.Add("X-Api-Key", PartnerKey);

        using var response = await client.GetAsync(new Uri("/api/categories", UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var forwarded = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("headers").EnumerateArray().Select(h => h.GetString()).ToList();
        Assert.Contains("Host", forwarded, StringComparer.OrdinalIgnoreCase); // the service's view of the request
        Assert.DoesNotContain("X-Api-Key", forwarded, StringComparer.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task Get_KnownApiKey_TellsTheServiceThatAVerifiedPartnerCalls()
    {
        using var client = _gateway.CreateClient();
        client.DefaultRequestHeaders.Add("X-Api-Key", PartnerKey);

        using var response = await client.GetAsync(new Uri("/api/offers?status=draft", UriKind.Relative));

        Assert.Contains(PartnerCaller.HeaderName, await ForwardedHeadersAsync(response), StringComparer.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task Get_ClientClaimsToBeAPartnerWithoutAKey_IsForwardedWithoutTheClaim()
    {
        using var client = _gateway.CreateClient();
        client.DefaultRequestHeaders.Add(PartnerCaller.HeaderName, PartnerCaller.Verified);

        using var response = await client.GetAsync(new Uri("/api/offers?status=draft", UriKind.Relative));

        Assert.DoesNotContain(PartnerCaller.HeaderName, await ForwardedHeadersAsync(response), StringComparer.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task Get_PartnerOverItsLimit_Returns429WithRetryAfter()
    {
        using var client = _gateway.CreateClient();
        client.DefaultRequestHeaders.Add("X-Api-Key", PartnerKey);
        HttpResponseMessage? last = null;

        for (var i = 0; i < 5; i++)
        {
            last?.Dispose();
            last = await client.GetAsync(new Uri("/api/offers", UriKind.Relative));
        }

        Assert.Equal(HttpStatusCode.TooManyRequests, last!.StatusCode);
        Assert.NotNull(last.Headers.RetryAfter);
        Assert.Equal("application/problem+json", last.Content.Headers.ContentType?.MediaType);
        last.Dispose();
    }

    [Fact]
    public async Task Get_TokenSignedWithAnotherKey_Returns401AtTheGateway()
    {
        using var client = _gateway.CreateClient();
        client.DefaultRequestHeaders.Authorization = new("Bearer",
            DevelopmentTokens.Create("admin", "a-1", signingKey: "some-other-key-that-is-long-enough-0123456789"));

        using var response = await client.GetAsync(new Uri("/api/offers", UriKind.Relative));

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Fact]
    public async Task Get_ExpiredToken_Returns401AtTheGateway()
    {
        using var client = _gateway.CreateClient();
        client.DefaultRequestHeaders.Authorization = new("Bearer",
            DevelopmentTokens.Create("admin", "a-1", lifetime: TimeSpan.FromMinutes(-10)));

        using var response = await client.GetAsync(new Uri("/api/offers", UriKind.Relative));

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Fact]
    public async Task Get_AnyResponse_CarriesSecurityHeadersAndNoServerBanner()
    {
        using var client = _gateway.CreateClient();

        using var response = await client.GetAsync(new Uri("/api/offers", UriKind.Relative));

        Assert.Equal("nosniff", response.Headers.GetValues("X-Content-Type-Options").Single());
        Assert.Equal("no-referrer", response.Headers.GetValues("Referrer-Policy").Single());
        Assert.False(response.Headers.Contains("Server"));
    }

    [Fact]
    public async Task Get_Docs_HasRestrictiveContentSecurityPolicy()
    {
        using var client = _gateway.CreateClient();

        using var response = await client.GetAsync(new Uri("/docs/index.html", UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var policy = response.Headers.GetValues("Content-Security-Policy").Single();
        Assert.Contains("default-src 'none'", policy, StringComparison.Ordinal);
        Assert.Contains("script-src 'self'", policy, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Preflight_FromConfiguredOrigin_IsAllowed()
    {
        using var client = _gateway.CreateClient();
        using var request = new HttpRequestMessage(HttpMethod.Options, "/api/offers");
        request.Headers.Add("Origin", "https://www.warendorf.de");
        request.Headers.Add("Access-Control-Request-Method", "GET");

        using var response = await client.SendAsync(request);

        Assert.Equal("https://www.warendorf.de", response.Headers.GetValues("Access-Control-Allow-Origin").Single());
    }

    [Fact]
    public async Task Preflight_FromOtherOrigin_GetsNoCorsHeaders()
    {
        using var client = _gateway.CreateClient();
        using var request = new HttpRequestMessage(HttpMethod.Options, "/api/offers");
        request.Headers.Add("Origin", "https://evil.example");
        request.Headers.Add("Access-Control-Request-Method", "GET");

        using var response = await client.SendAsync(request);

        Assert.False(response.Headers.Contains("Access-Control-Allow-Origin"));
    }

    [Fact]
    public async Task Get_TraceparentFromCaller_IsPassedOn()
    {
        using var client = _gateway.CreateClient();
        using var request = new HttpRequestMessage(HttpMethod.Get, "/api/offers");
        request.Headers.Add("traceparent", "00-0af7651916cd43dd8448eb211c80319c-b7ad6b7169203331-01");

        using var response = await client.SendAsync(request);
        var seen = await response.Content.ReadFromJsonAsync<JsonElement>();

        Assert.StartsWith("00-0af7651916cd43dd8448eb211c80319c-", seen.GetProperty("traceparent").GetString(), StringComparison.Ordinal);
    }

    private static async Task<List<string?>> ForwardedHeadersAsync(HttpResponseMessage response)
    {
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("headers").EnumerateArray().Select(h => h.GetString()).ToList();
    }
}
