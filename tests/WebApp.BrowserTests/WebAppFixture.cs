using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;

namespace WebApp.BrowserTests;

/// <summary>
/// ONE platform (AppHost through Aspire.Hosting.Testing, the web app included) and ONE headless
/// Chromium for every browser test; each test opens its own browser context (own cookies) and
/// seeds what it needs through the gateway's public API with development tokens.
/// </summary>
public sealed class WebAppFixture : IAsyncLifetime
{
    private IPlaywright? _playwright;
    private TestPlatform? _platform;

    public TestPlatform Platform => _platform ?? throw new InvalidOperationException("not started");

    public HttpClient Gateway { get; private set; } = null!;

    public IBrowser Browser { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        await Chromium.EnsureInstalledAsync();
        _platform = await TestPlatform.StartAsync(new TestPlatformOptions
        {
            // The seeding below comes from this test process's one address.
            GatewayEnvironment = new Dictionary<string, string>
            {
                ["RateLimiting__AnonymousPermitsPerMinute"] = "100000",
                ["RateLimiting__AuthenticatedPermitsPerMinute"] = "100000",
            },
        });
        Gateway = _platform.CreateGatewayClient();
        _playwright = await Playwright.CreateAsync();
        Browser = await _playwright.Chromium.LaunchAsync(new() { ExecutablePath = Chromium.ExecutablePath, Args = Chromium.Arguments });
    }

    public async Task DisposeAsync()
    {
        if (Browser is not null)
        {
            await Browser.DisposeAsync();
        }

        _playwright?.Dispose();
        Gateway?.Dispose();
        if (_platform is not null)
        {
            await _platform.DisposeAsync();
        }
    }

    /// <summary>A fresh browser tab on the web app, with no cookies.</summary>
    public async Task<IPage> NewPageAsync()
    {
        var context = await Browser.NewContextAsync(new() { BaseURL = Platform.WebAppAddress.ToString().TrimEnd('/'), AcceptDownloads = true, Locale = "de-DE" });
        context.SetDefaultTimeout(20_000);
        return await context.NewPageAsync();
    }

    public async Task<string> TokenAsync(string role, string sub, string? municipality = null)
    {
        using var response = await Gateway.PostAsJsonAsync("/dev/tokens", new { role, sub, municipality });
        await response.ExpectAsync(HttpStatusCode.OK);
        return (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("accessToken").GetString()!;
    }

    public async Task<JsonElement> SendAsync(string token, HttpMethod method, string path, object? body = null, HttpStatusCode? expected = null)
    {
        using var request = new HttpRequestMessage(method, path) { Content = body is null ? null : JsonContent.Create(body) };
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        using var response = await Gateway.SendAsync(request);
        if (expected is { } status)
        {
            await response.ExpectAsync(status);
        }
        else if (!response.IsSuccessStatusCode)
        {
            await response.ExpectAsync(HttpStatusCode.OK);
        }

        var text = await response.Content.ReadAsStringAsync();
        return text.Length == 0 ? default : JsonDocument.Parse(text).RootElement.Clone();
    }

    public async Task<HttpStatusCode> StatusAsync(string token, HttpMethod method, string path)
    {
        using var request = new HttpRequestMessage(method, path);
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        using var response = await Gateway.SendAsync(request);
        return response.StatusCode;
    }

    /// <summary>Creates an offer as the coordinator of its municipality and publishes it; returns its id.</summary>
    public async Task<Guid> PublishOfferAsync(object offer, string municipality)
    {
        var coordinator = await TokenAsync("coordinator", $"seed-coordinator-{municipality}", municipality);
        var id = (await SendAsync(coordinator, HttpMethod.Post, "/api/offers", offer, HttpStatusCode.Created)).GetProperty("id").GetGuid();
        await SendAsync(coordinator, HttpMethod.Post, $"/api/offers/{id}/publish");
        return id;
    }

    /// <summary>Changes an offer as a colleague would: its current version, then PUT with If-Match.</summary>
    public async Task UpdateOfferAsync(string token, Guid id, object offer)
    {
        using var get = new HttpRequestMessage(HttpMethod.Get, $"/api/offers/{id}");
        get.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        using var current = await Gateway.SendAsync(get);
        await current.ExpectAsync(HttpStatusCode.OK);
        using var put = new HttpRequestMessage(HttpMethod.Put, $"/api/offers/{id}") { Content = JsonContent.Create(offer) };
        put.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        put.Headers.IfMatch.Add(current.Headers.ETag!);
        using var updated = await Gateway.SendAsync(put);
        await updated.ExpectAsync(HttpStatusCode.OK);
    }

    /// <summary>Registers a volunteer profile for <paramref name="token"/> and waits until Events knows the person (over the broker).</summary>
    public async Task RegisterVolunteerAsync(string token, object profile)
    {
        await SendAsync(token, HttpMethod.Post, "/api/volunteers", profile, HttpStatusCode.Created);
        await WaitUntilEventsKnowsAsync(token);
    }

    /// <summary>
    /// Events learns of volunteers from Volunteers' integration events; until then a registration
    /// is refused. A registration for a throwaway event of the person's own, withdrawn at once,
    /// shows when it has arrived.
    /// </summary>
    public async Task WaitUntilEventsKnowsAsync(string volunteerToken)
    {
        var coordinator = await TokenAsync("coordinator", "seed-coordinator-warendorf", "warendorf");
        var probe = (await SendAsync(coordinator, HttpMethod.Post, "/api/events", Seed.Event("Probe", "encounter", capacity: 5), HttpStatusCode.Created)).GetProperty("id").GetGuid();
        await Eventually.HoldsAsync("Events knows the volunteer", async () =>
            (int)await StatusAsync(volunteerToken, HttpMethod.Post, $"/api/events/{probe}/registrations") is >= 200 and < 300,
            TimeSpan.FromSeconds(60), TimeSpan.FromMilliseconds(250));
        await SendAsync(volunteerToken, HttpMethod.Delete, $"/api/events/{probe}/registrations/me");
        await SendAsync(coordinator, HttpMethod.Post, $"/api/events/{probe}/cancel");
    }
}

[CollectionDefinition(Name)]
public sealed class WebAppCollection : ICollectionFixture<WebAppFixture>
{
    public const string Name = "web app";
}
