using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Xunit.Abstractions;

namespace EndToEnd;

/// <summary>What every answer of the gateway must (not) reveal, with the real services behind it.</summary>
[Collection(PlatformCollection.Name)]
public sealed class SecurityHygieneTests(PlatformFixture platform, ITestOutputHelper output) : IDisposable
{
    private static readonly Guid Unknown = Guid.Parse("3f0c9c43-0000-4000-8000-000000000001");

    /// <summary>Bad requests to each service: malformed JSON, wrong types, unknown and non-GUID ids, bad filters.</summary>
    public static TheoryData<string, string, string, string?> BadRequests => new()
    {
        { Callers.Provider, "POST", "/api/offers", "{\"title\": \"unterminated" },
        { Callers.Provider, "POST", "/api/offers", "{\"helpersNeeded\": \"many\"}" },
        { Callers.Anonymous, "GET", $"/api/offers/{Unknown}", null },
        { Callers.Anonymous, "GET", "/api/offers/not-a-guid", null },
        { Callers.Anonymous, "GET", "/api/offers?pageSize=1000", null },
        { Callers.Provider, "POST", $"/api/offers/{Unknown}/publish", null },
        { Callers.Volunteer, "PUT", "/api/volunteers/me", "{\"firstName\": 5, " },
        { Callers.Volunteer, "POST", "/api/volunteers", "[1, 2, 3]" },
        { Callers.Admin, "GET", $"/api/volunteers/{Unknown}", null },
        { Callers.Admin, "GET", "/api/volunteers/not-a-guid", null },
        { Callers.Admin, "GET", "/api/volunteers/matches?offerId=not-a-guid", null },
        { Callers.Admin, "POST", $"/api/volunteers/{Unknown}/assignments", "{\"offerId\": \"x\"}" },
        { Callers.Anonymous, "GET", $"/api/events/{Unknown}", null },
        { Callers.Anonymous, "GET", "/api/events/not-a-guid", null },
        { Callers.Anonymous, "GET", "/api/events?from=yesterday-ish", null },
        { Callers.Coordinator, "POST", "/api/events", "{\"start\": \"soon\"}" },
        { Callers.Coordinator, "POST", $"/api/events/{Unknown}/attendance", "{\"volunteerIds\": [\"x\"]}" },
        { Callers.Anonymous, "GET", "/api/no-such-thing", null },
    };

    [Theory]
    [MemberData(nameof(BadRequests))]
    public async Task BadRequest_ToAnyService_IsProblemJsonWithTraceIdAndNoInternals(string caller, string method, string path, string? json)
    {
        using var request = platform.Request(caller, new HttpMethod(method), path);
        if (json is not null)
        {
            request.Content = new StringContent(json, Encoding.UTF8, "application/json");
        }

        using var response = await platform.Gateway.SendAsync(request);
        var body = await response.Content.ReadAsStringAsync();
        output.WriteLine($"{(int)response.StatusCode} {body}");

        Assert.InRange((int)response.StatusCode, 400, 499);
        AssertProblemWithoutInternals(response, body);
        AssertHardenedHeaders(response);
    }

    [Theory]
    [InlineData("/api/offers")]
    [InlineData("/api/municipalities")]
    [InlineData("/api/events/calendar.ics")]
    [InlineData("/api/volunteers")]
    [InlineData("/health")]
    [InlineData("/alive")]
    [InlineData("/openapi/v1.json")]
    [InlineData("/docs/index.html")]
    [InlineData("/nowhere")]
    public async Task AnyResponse_OfGatewayOrService_HasNoServerHeaderAndNoSniff(string path)
    {
        using var response = await platform.Gateway.GetAsync(new Uri(path, UriKind.Relative));

        AssertHardenedHeaders(response);
    }

    [Theory]
    [InlineData(Callers.Anonymous, "/api/offers/3f0c9c43-0000-4000-8000-000000000002")]
    [InlineData(Callers.Admin, "/api/volunteers/3f0c9c43-0000-4000-8000-000000000002")]
    [InlineData(Callers.Anonymous, "/api/events/3f0c9c43-0000-4000-8000-000000000002")]
    [InlineData(Callers.Anonymous, "/api/volunteers")]
    public async Task Traceparent_SentToGateway_IsTheTraceIdOfTheServicesProblem(string caller, string path)
    {
        var traceId = Convert.ToHexStringLower(Guid.NewGuid().ToByteArray());
        using var request = platform.Request(caller, HttpMethod.Get, path);
        request.Headers.Add("traceparent", $"00-{traceId}-{Convert.ToHexStringLower(Guid.NewGuid().ToByteArray()[..8])}-01");

        using var response = await platform.Gateway.SendAsync(request);

        Assert.InRange((int)response.StatusCode, 400, 499);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(traceId, problem.GetProperty("traceId").GetString());
    }

    [Fact]
    public async Task PostOffer_BodyOf300Kilobytes_Is413Problem()
    {
        var json = JsonSerializer.Serialize(new { title = "x", description = new string('a', 300 * 1024) });
        using var request = platform.Request(Callers.Provider, HttpMethod.Post, "/api/offers");
        request.Content = new StringContent(json, Encoding.UTF8, "application/json");

        using var response = await OwnConnection().SendAsync(request);

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        AssertProblemWithoutInternals(response, await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task PostOffer_ChunkedBodyOf300KilobytesWithoutLength_Is413Problem()
    {
        using var response = await SendOversizedChunkedAsync(Callers.Provider);
        var body = await response.Content.ReadAsStringAsync();
        output.WriteLine($"{(int)response.StatusCode} {body}");

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        AssertProblemWithoutInternals(response, body);
    }

    [Fact]
    public async Task OversizedChunkedBodies_ManyInARow_DoNotMarkTheServiceUnhealthy()
    {
        // Client errors must not count as the service's transport failures (passive health checks),
        // or anyone could switch a service off for everybody.
        for (var i = 0; i < 30; i++)
        {
            using var rejected = await SendOversizedChunkedAsync(Callers.Anonymous);
            Assert.Equal(HttpStatusCode.RequestEntityTooLarge, rejected.StatusCode);
        }

        using var response = await platform.SendAsync(Callers.Anonymous, HttpMethod.Get, "/api/offers");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task PostOffer_TextPlainBody_Is415Problem()
    {
        using var request = platform.Request(Callers.Provider, HttpMethod.Post, "/api/offers");
        request.Content = new StringContent("{\"title\": \"Sprachcafé\"}", Encoding.UTF8, "text/plain");

        using var response = await platform.Gateway.SendAsync(request);

        Assert.Equal(HttpStatusCode.UnsupportedMediaType, response.StatusCode);
        AssertProblemWithoutInternals(response, await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task PublicRead_UnknownApiKey_Is401Problem()
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "/api/offers");
        request.Headers.Add("X-Api-Key", PlatformFixture.PartnerKey + "-guessed");

        using var response = await platform.Gateway.SendAsync(request);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        AssertProblemWithoutInternals(response, await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task PublicRead_KnownApiKey_IsAnswered()
    {
        using var response = await platform.SendAsync(Callers.Partner, HttpMethod.Get, "/api/offers");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task HandMadeToken_SignedWithDevelopmentKey_IsAccepted()
    {
        // The control for the forgeries below: the same token with the right key passes.
        using var response = await SendWithTokenAsync(ForgedTokens.Admin(ForgedTokens.DevelopmentKey));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task AdminToken_SignedWithAnotherKey_Is401()
    {
        using var response = await SendWithTokenAsync(ForgedTokens.Admin("a-key-the-platform-has-never-seen-0123456789abcdef"));

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        AssertProblemWithoutInternals(response, await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task AdminToken_Expired_Is401()
    {
        using var response = await SendWithTokenAsync(ForgedTokens.Admin(ForgedTokens.DevelopmentKey, TimeSpan.FromHours(-1)));

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Fact]
    public async Task AdminToken_WithoutSignature_Is401()
    {
        using var response = await SendWithTokenAsync(ForgedTokens.Unsigned());

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    /// <summary>
    /// 300 KB sent chunked (no Content-Length). The gateway answers 413 and closes the connection
    /// as soon as the limit is passed, so the upload of the rest may break (a broken pipe before
    /// the answer is read): that is the limit working, so such an attempt is repeated.
    /// </summary>
    // An oversized upload ends with the gateway closing the connection; a client of its own keeps
    // that from ever touching the connections the other tests share.
    private HttpClient OwnConnection() => _ownClient ??= new HttpClient { BaseAddress = platform.Gateway.BaseAddress, Timeout = TimeSpan.FromSeconds(30) };

    private HttpClient? _ownClient;

    public void Dispose() => _ownClient?.Dispose();

    private async Task<HttpResponseMessage> SendOversizedChunkedAsync(string caller)
    {
        var json = JsonSerializer.SerializeToUtf8Bytes(new { title = "x", description = new string('a', 300 * 1024) });
        for (var attempt = 1; ; attempt++)
        {
            using var request = platform.Request(caller, HttpMethod.Post, "/api/offers");
            request.Content = new StreamContent(new UnseekableStream(json));
            request.Content.Headers.ContentType = new MediaTypeHeaderValue("application/json");
            request.Headers.TransferEncodingChunked = true;
            try
            {
                return await OwnConnection().SendAsync(request);
            }
            catch (HttpRequestException) when (attempt < 10)
            {
                output.WriteLine($"attempt {attempt}: the upload broke off before the answer was read");
            }
        }
    }

    private async Task<HttpResponseMessage> SendWithTokenAsync(string token)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "/api/volunteers");
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return await platform.Gateway.SendAsync(request);
    }

    private void AssertProblemWithoutInternals(HttpResponseMessage response, string body)
    {
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var problem = JsonDocument.Parse(body).RootElement;
        Assert.Equal((int)response.StatusCode, problem.GetProperty("status").GetInt32());
        Assert.Matches("^[0-9a-f]{32}$", problem.GetProperty("traceId").GetString());
        foreach (var leak in new[] { "127.0.0.1", "localhost", "at System.", "at Microsoft.", "Exception", "Npgsql", "   at " })
        {
            Assert.DoesNotContain(leak, body, StringComparison.Ordinal);
        }

        Assert.DoesNotContain($":{platform.Host.PostgresPort}", body, StringComparison.Ordinal);
    }

    private static void AssertHardenedHeaders(HttpResponseMessage response)
    {
        Assert.False(response.Headers.Contains("Server"), "Server header: " + string.Join(",", response.Headers.Server));
        Assert.False(response.Headers.Contains("X-Powered-By"));
        Assert.Equal("nosniff", Assert.Single(response.Headers.GetValues("X-Content-Type-Options")));
    }

    /// <summary>A body whose length HttpClient cannot know, so it is sent chunked.</summary>
}
