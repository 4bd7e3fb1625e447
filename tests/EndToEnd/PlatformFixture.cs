using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;

namespace EndToEnd;

/// <summary>The callers of the authorization matrix: each has one token (or key, or nothing).</summary>
public static class Callers
{
    public const string Anonymous = "anonymous";
    public const string Partner = "partner";
    public const string Volunteer = "volunteer";
    public const string Provider = "provider";
    public const string OtherProvider = "provider-other-org";
    public const string Coordinator = "coordinator-warendorf";
    public const string OtherCoordinator = "coordinator-ahlen";
    public const string Admin = "admin";

    public static readonly IReadOnlyList<string> All =
        [Anonymous, Partner, Volunteer, Provider, OtherProvider, Coordinator, OtherCoordinator, Admin];
}

/// <summary>
/// ONE AppHost for the suite (starting one costs ~30 s), run as county IT runs it under load: two
/// instances of every service and of the gateway (issue 11, item 7), so every test here also
/// proves the platform right on replicas. With a partner key and no effective rate limits (and
/// one partner with a small limit, for the limit across gateway instances), and the data every test needs, seeded through the public API
/// with development tokens: offers of the provider "caritas-ahlen" in Warendorf (published and
/// wanting helpers, draft, archived), a training for volunteers and a cancelled public event in
/// Warendorf, volunteer A (Warendorf) registered for the training, volunteer B (Ahlen).
/// </summary>
public sealed class PlatformFixture : IAsyncLifetime
{
    public const string PartnerKey = "e2e-partner-key-7f3c1a";
    public const string LimitedPartnerKey = "e2e-limited-partner-key-52d9e0";
    public const int LimitedPartnerPermitsPerMinute = 20;
    public const int Replicas = 2;
    public const string ProviderOrg = "caritas-ahlen";
    private static readonly TimeSpan StartTimeout = TimeSpan.FromMinutes(4);

    private readonly Dictionary<string, string> _tokens = new(StringComparer.Ordinal);
    private TestPlatform? _platform;

    public HttpClient Gateway { get; private set; } = null!;
    public TestPlatform Platform => _platform ?? throw new InvalidOperationException("not started");

    /// <summary>PostgreSQL's port: no answer may reveal it.</summary>
    public int PostgresPort { get; private set; }

    public Guid PublishedOfferId { get; private set; }
    public Guid DraftOfferId { get; private set; }
    public Guid ArchivedOfferId { get; private set; }
    public Guid TrainingId { get; private set; }
    public Guid CancelledEventId { get; private set; }
    public Guid VolunteerAId { get; private set; }
    public Guid VolunteerBId { get; private set; }
    public string VolunteerBToken { get; private set; } = "";

    public static string Sha256Hex(string value) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(value)));

    public async Task InitializeAsync()
    {
        _platform = await TestPlatform.StartAsync(new TestPlatformOptions
        {
            GatewayEnvironment = new Dictionary<string, string>
            {
                ["RateLimiting__AnonymousPermitsPerMinute"] = "100000",
                ["RateLimiting__AuthenticatedPermitsPerMinute"] = "100000",
                ["Partners__Keys__0__Name"] = "test-partner",
                ["Partners__Keys__0__KeyHash"] = Sha256Hex(PartnerKey),
                ["Partners__Keys__0__PermitsPerMinute"] = "100000",
                ["Partners__Keys__1__Name"] = "limited-partner",
                ["Partners__Keys__1__KeyHash"] = Sha256Hex(LimitedPartnerKey),
                ["Partners__Keys__1__PermitsPerMinute"] = LimitedPartnerPermitsPerMinute.ToString(System.Globalization.CultureInfo.InvariantCulture),
            },
            Replicas = Replicas,
            // The inbox's dropped duplicates become visible (see DisposeAsync).
            ServiceEnvironment = new Dictionary<string, string> { ["Logging__LogLevel__Messaging.Inbox"] = "Debug" },
            StartTimeout = StartTimeout,
        });
        Gateway = _platform.CreateGatewayClient();
        PostgresPort = new Npgsql.NpgsqlConnectionStringBuilder(await _platform.GetConnectionStringAsync("postgres")).Port;

        _tokens[Callers.Volunteer] = await CreateTokenAsync("volunteer", "e2e-volunteer-a");
        _tokens[Callers.Provider] = await CreateTokenAsync("provider", "e2e-provider", org: ProviderOrg);
        _tokens[Callers.OtherProvider] = await CreateTokenAsync("provider", "e2e-provider-other", org: "other-org");
        _tokens[Callers.Coordinator] = await CreateTokenAsync("coordinator", "e2e-coordinator-warendorf", municipality: "warendorf");
        _tokens[Callers.OtherCoordinator] = await CreateTokenAsync("coordinator", "e2e-coordinator-ahlen", municipality: "ahlen");
        _tokens[Callers.Admin] = await CreateTokenAsync("admin", "e2e-admin");
        VolunteerBToken = await CreateTokenAsync("volunteer", "e2e-volunteer-b");

        var volunteerA = RegisterVolunteerAsync(_tokens[Callers.Volunteer], "Anna", "warendorf");
        var volunteerB = RegisterVolunteerAsync(VolunteerBToken, "Bilal", "ahlen");
        var published = CreateOfferAsync("published", publish: true, archive: false);
        var draft = CreateOfferAsync("draft", publish: false, archive: false);
        var archived = CreateOfferAsync("archived", publish: false, archive: true);
        var training = CreateEventAsync(Scenario.Training());
        var cancelled = CreateEventAsync(Scenario.PublicEvent("Begegnungsfest"));
        await Task.WhenAll(volunteerA, volunteerB, published, draft, archived, training, cancelled);
        (VolunteerAId, VolunteerBId) = (volunteerA.Result, volunteerB.Result);
        (PublishedOfferId, DraftOfferId, ArchivedOfferId) = (published.Result, draft.Result, archived.Result);
        (TrainingId, CancelledEventId) = (training.Result, cancelled.Result);

        using (var cancel = await SendAsync(Callers.Coordinator, HttpMethod.Post, $"/api/events/{CancelledEventId}/cancel"))
        {
            await cancel.ExpectAsync(HttpStatusCode.OK);
        }

        // Cross-service read models: Events learns of volunteer A, Volunteers of the published offer, over the broker.
        await Eventually.HoldsAsync("volunteer A registered for the training", async () =>
        {
            using var registered = await SendAsync(Callers.Volunteer, HttpMethod.Post, $"/api/events/{TrainingId}/registrations");
            return registered.StatusCode is HttpStatusCode.Created or HttpStatusCode.OK;
        }, TimeSpan.FromSeconds(60), TimeSpan.FromMilliseconds(250));
        await Eventually.HoldsAsync("the published offer known to Volunteers", async () =>
        {
            using var matches = await SendAsync(Callers.Admin, HttpMethod.Get, $"/api/volunteers/matches?offerId={PublishedOfferId}");
            return matches.StatusCode == HttpStatusCode.OK;
        }, TimeSpan.FromSeconds(60), TimeSpan.FromMilliseconds(250));
    }

    /// <summary>
    /// After the whole suite: normal operation, including every rejected request of the suite,
    /// left no error-level log line in any service and the gateway, and no inbox dropped a
    /// duplicate delivery; and the platform then stops leaving no process of it running. A
    /// violation fails the collection's clean-up, which fails the run.
    /// </summary>
    public async Task DisposeAsync()
    {
        Gateway?.Dispose();
        if (_platform is null)
        {
            return;
        }

        var trouble = _platform.Trouble.Lines;
        var processes = TestPlatform.Processes().Count;
        var (took, left) = await _platform.StopAsync(TimeSpan.FromSeconds(30));
        await _platform.DisposeAsync();
        var problems = new List<string>();
        if (trouble.Count > 0)
        {
            problems.Add($"Normal operation logged {trouble.Count} error or duplicate-delivery line(s):\n{string.Join('\n', trouble.Take(60))}");
        }

        if (left.Count > 0)
        {
            problems.Add($"{left.Count} of {processes} processes still running {took.TotalSeconds:0.0} s after the stop: {string.Join("; ", left.Select(p => $"{p.Pid} {p.Command}"))}");
        }

        if (problems.Count > 0)
        {
            // The runner shows a clean-up failure by its type only: the report goes to a file beside the tests too.
            var report = string.Join("\n\n", problems);
            var file = Path.Combine(AppContext.BaseDirectory, "service-trouble.log");
            await File.WriteAllTextAsync(file, report);
            Assert.Fail($"{report}\n(also in {file})");
        }
    }

    /// <summary>A request as <paramref name="caller"/>: their bearer token, the partner key, or no credentials.</summary>
    public HttpRequestMessage Request(string caller, HttpMethod method, string path, object? body = null)
    {
        var request = new HttpRequestMessage(method, new Uri(path, UriKind.Relative));
        if (body is not null)
        {
            request.Content = JsonContent.Create(body);
        }

        if (caller == Callers.Partner)
        {
            request.Headers.Add("X-Api-Key", PartnerKey);
        }
        else if (_tokens.TryGetValue(caller, out var token))
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        }

        return request;
    }

    public async Task<HttpResponseMessage> SendAsync(string caller, HttpMethod method, string path, object? body = null)
    {
        using var request = Request(caller, method, path, body);
        return await Gateway.SendAsync(request);
    }

    public async Task<string> CreateTokenAsync(string role, string sub, string? municipality = null, string? org = null)
    {
        using var response = await Gateway.PostAsJsonAsync("/dev/tokens", new { role, sub, municipality, org });
        await response.ExpectAsync(HttpStatusCode.OK);
        return (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("accessToken").GetString()!;
    }

    /// <summary>Registers a volunteer with the given token; returns the profile id.</summary>
    public async Task<Guid> RegisterVolunteerAsync(string token, string firstName, string municipality)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/volunteers") { Content = JsonContent.Create(Scenario.Volunteer(firstName, municipality)) };
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        using var response = await Gateway.SendAsync(request);
        await response.ExpectAsync(HttpStatusCode.Created);
        return await IdOfAsync(response);
    }

    public async Task<Guid> CreateOfferAsync(string label, bool publish, bool archive)
    {
        using var created = await SendAsync(Callers.Provider, HttpMethod.Post, "/api/offers", Scenario.Offer(label));
        await created.ExpectAsync(HttpStatusCode.Created);
        var id = await IdOfAsync(created);
        foreach (var (step, wanted) in new[] { ("publish", publish), ("archive", archive) })
        {
            if (wanted)
            {
                using var changed = await SendAsync(Callers.Provider, HttpMethod.Post, $"/api/offers/{id}/{step}");
                await changed.ExpectAsync(HttpStatusCode.OK);
            }
        }

        return id;
    }

    private async Task<Guid> CreateEventAsync(object body)
    {
        using var created = await SendAsync(Callers.Coordinator, HttpMethod.Post, "/api/events", body);
        await created.ExpectAsync(HttpStatusCode.Created);
        return await IdOfAsync(created);
    }

    private static async Task<Guid> IdOfAsync(HttpResponseMessage response) =>
        (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();
}

[CollectionDefinition(Name)]
public sealed class PlatformCollection : ICollectionFixture<PlatformFixture>
{
    public const string Name = "platform";
}
