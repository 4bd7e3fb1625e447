using System.Diagnostics;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.RegularExpressions;
using Aspire.Hosting;
using Aspire.Hosting.ApplicationModel;
using LocalInfrastructure.Processes;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;

using EndToEnd.Observability;

namespace EndToEnd;

/// <summary>
/// The platform as an operator runs it: one instance of everything, with its dashboard (the
/// services export logs, metrics and traces to it, read here through its telemetry API and in a
/// browser). The observability tests read it; the long fault scenarios (broker loss, consumer
/// crash, database restart, poison message, service down) break it one resource at a time, each
/// waiting until the platform is whole again, so the next starts from a healthy platform. Rate
/// limits are lifted: the loads are the point, not the edge protection.
/// </summary>
public sealed partial class OperatedPlatformFixture : IAsyncLifetime
{
    public const string ProviderOrg = "caritas-ahlen";
    public static readonly string[] Services = ["offers-api", "volunteers-api", "events-api"];

    private TestPlatform? _platform;

    public TestPlatform Platform => _platform ?? throw new InvalidOperationException("not started");
    public HttpClient Gateway { get; private set; } = null!;
    public TelemetryApi Telemetry { get; private set; } = null!;
    public string ProviderToken { get; private set; } = "";

    public async Task InitializeAsync()
    {
        _platform = await TestPlatform.StartAsync(new TestPlatformOptions
        {
            Dashboard = true,
            GatewayEnvironment = new Dictionary<string, string>
            {
                ["RateLimiting__AnonymousPermitsPerMinute"] = "100000",
                ["RateLimiting__AuthenticatedPermitsPerMinute"] = "100000",
            },
        });
        Telemetry = new TelemetryApi(_platform.DashboardAddress!, _platform.DashboardApiKey!);
        // Longer than the gateway's 30 s activity timeout: a request that hangs shows as such,
        // not as a client-side cancellation.
        Gateway = _platform.CreateGatewayClient(TimeSpan.FromSeconds(60));
        ProviderToken = await TokenAsync("provider", "faults-provider", org: ProviderOrg);
    }

    public async Task DisposeAsync()
    {
        Gateway?.Dispose();
        Telemetry?.Dispose();
        if (_platform is not null)
        {
            await _platform.DisposeAsync();
        }
    }

    public async Task<string> TokenAsync(string role, string sub, string? municipality = null, string? org = null)
    {
        using var response = await Gateway.PostAsJsonAsync("/dev/tokens", new { role, sub, municipality, org });
        response.EnsureSuccessStatusCode();
        return (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("accessToken").GetString()!;
    }

    /// <summary>A request with <paramref name="token"/> (and the caller's own trace context, when given).</summary>
    public async Task<HttpResponseMessage> SendWithTokenAsync(HttpMethod method, string path, string token, object? body = null, string? traceParent = null)
    {
        using var request = GatewayRequest.Create(method, path, token, body, ("traceparent", traceParent));
        return await Gateway.SendAsync(request);
    }

    /// <summary>A request as the fault scenarios' provider.</summary>
    public async Task<HttpResponseMessage> SendAsync(HttpMethod method, string path, object? body = null, string? ifMatch = null)
    {
        using var request = GatewayRequest.Create(method, path, ProviderToken, body, ("If-Match", ifMatch));
        return await Gateway.SendAsync(request);
    }

    /// <summary>Creates a draft offer through the gateway; returns its id.</summary>
    public async Task<Guid> CreateDraftOfferAsync(string label)
    {
        using var created = await SendAsync(HttpMethod.Post, "/api/offers", Scenario.Offer(label));
        await ExpectAsync(created, HttpStatusCode.Created);
        return (await created.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();
    }

    /// <summary>Publishes an offer (raises one OfferPublishedIntegrationEvent); returns its new ETag.</summary>
    public async Task<string> PublishOfferAsync(Guid id)
    {
        using var published = await SendAsync(HttpMethod.Post, $"/api/offers/{id}/publish");
        await ExpectAsync(published, HttpStatusCode.OK);
        return published.Headers.ETag!.Tag;
    }

    /// <summary>Changes a published offer (raises one OfferUpdatedIntegrationEvent); returns its new ETag.</summary>
    public async Task<string> UpdateOfferAsync(Guid id, string etag, string label)
    {
        using var updated = await SendAsync(HttpMethod.Put, $"/api/offers/{id}", Scenario.Offer(label), etag);
        await ExpectAsync(updated, HttpStatusCode.OK);
        return updated.Headers.ETag!.Tag;
    }

    /// <summary>Runs <paramref name="work"/> for every item, at most <paramref name="parallel"/> at once.</summary>
    public static Task ForEachAsync<T>(IEnumerable<T> items, int parallel, Func<T, Task> work) =>
        Parallel.ForEachAsync(items, new ParallelOptions { MaxDegreeOfParallelism = parallel }, async (item, _) => await work(item));

    public async Task<NpgsqlConnection> OpenAsync(string database)
    {
        var connection = new NpgsqlConnection(await Platform.GetConnectionStringAsync(database));
        await connection.OpenAsync();
        return connection;
    }

    public Task<long> CountAsync(string database, string sql, params (string Name, object Value)[] parameters) =>
        Platform.CountAsync(database, sql, parameters);

    public async Task ExecuteCommandAsync(string resource, string command)
    {
        var result = await TryExecuteCommandAsync(resource, command);
        Assert.True(result is null, result);
    }

    /// <summary>Runs an Aspire resource command; null when it succeeded, else what it said.</summary>
    public async Task<string?> TryExecuteCommandAsync(string resource, string command)
    {
        var result = await Platform.App.Services.GetRequiredService<ResourceCommandService>().ExecuteCommandAsync(resource, command);
        return result.Success ? null : $"{command} {resource}: {result.Message}";
    }

    /// <summary>Waits until DCP saw <paramref name="resource"/>'s process end (after a kill or a stop).</summary>
    public Task WaitUntilNotRunningAsync(string resource, TimeSpan timeout, string? because = null) =>
        WithTimeoutAsync(timeout, $"{resource} not running{(because is null ? "" : $" ({because})")}", token => Platform.App.ResourceNotifications.WaitForResourceAsync(resource,
            e => e.Snapshot.State?.Text is { } state && state != KnownResourceStates.Running && state != KnownResourceStates.Starting, token));

    public Task WaitUntilHealthyAsync(string resource, TimeSpan timeout) =>
        WithTimeoutAsync(timeout, $"{resource} healthy", token => Platform.App.ResourceNotifications.WaitForResourceHealthyAsync(resource, WaitBehavior.WaitOnResourceUnavailable, token));

    /// <summary>Starts a resource that was killed or stopped and waits until it is healthy again; returns how long that took.</summary>
    public async Task<TimeSpan> StartAgainAsync(string resource, TimeSpan timeout)
    {
        var watch = Stopwatch.StartNew();
        await ExecuteCommandAsync(resource, "resource-start");
        await WaitUntilHealthyAsync(resource, timeout);
        return watch.Elapsed;
    }

    /// <summary>
    /// Every platform resource running and healthy: each scenario starts with this, so one that
    /// failed half-way (a resource still stopped) does not fail the ones after it as well.
    /// </summary>
    public async Task EnsureWholeAsync()
    {
        // The test's own pooled connections do not survive a PostgreSQL crash of an earlier scenario.
        NpgsqlConnection.ClearAllPools();
        foreach (var resource in (string[])["postgres", "messaging", .. Services, "gateway"])
        {
            if (Platform.App.ResourceNotifications.TryGetCurrentState(resource, out var current)
                && current.Snapshot.State?.Text is { } state && state != KnownResourceStates.Running && state != KnownResourceStates.Starting)
            {
                await ExecuteCommandAsync(resource, "resource-start");
            }

            await WaitUntilHealthyAsync(resource, TimeSpan.FromSeconds(90));
        }
    }

    /// <summary>
    /// The running processes of this platform whose kernel name is <paramref name="name"/>
    /// (beam.smp, postgres, Volunteers.Api …) or that runs <c>{name}.dll</c>, found in /proc
    /// among what DCP started.
    /// </summary>
    public static IReadOnlyList<TestSupport.ProcessTree.Entry> ProcessesNamed(string name) =>
        [.. TestPlatform.Processes().Where(p => p.State is not 'Z' and not 'X'
            && (p.Name == name || p.Command.Contains($"/{name}.dll", StringComparison.Ordinal)))];

    /// <summary>SIGKILLs every process of this platform named <paramref name="name"/>: no shutdown, no flush, as in a crash.</summary>
    public static int Kill(string name)
    {
        var victims = ProcessesNamed(name);
        Assert.NotEmpty(victims);
        foreach (var victim in victims)
        {
            Native.Signal(victim.Pid, Native.SigKill);
        }

        return victims.Count;
    }

    /// <summary>
    /// ERROR or CRITICAL lines the services and the gateway wrote to their console since
    /// <paramref name="since"/> (the console logger's "fail:"/"crit:" prefix, as Aspire forwards
    /// each resource's output into <see cref="CapturedLogs"/>).
    /// </summary>
    public IReadOnlyList<string> ServiceErrorsSince(DateTime since) =>
        [.. Platform.Logs.Lines.Where(line => ErrorLine().IsMatch(line) && LineTime(line) >= since.AddSeconds(-1).TimeOfDay)];

    public static async Task ExpectAsync(HttpResponseMessage response, HttpStatusCode expected)
    {
        if (response.StatusCode != expected)
        {
            throw new InvalidOperationException(
                $"{response.RequestMessage?.Method} {response.RequestMessage?.RequestUri}: expected {(int)expected}, got {(int)response.StatusCode}: {await response.Content.ReadAsStringAsync()}");
        }
    }

    private static TimeSpan LineTime(string line) =>
        TimeSpan.TryParseExact(line[..12], @"hh\:mm\:ss\.fff", System.Globalization.CultureInfo.InvariantCulture, out var at) ? at : TimeSpan.MaxValue;

    private static async Task WithTimeoutAsync(TimeSpan timeout, string what, Func<CancellationToken, Task> wait)
    {
        using var limit = new CancellationTokenSource(timeout);
        try
        {
            await wait(limit.Token);
        }
        catch (OperationCanceledException) when (limit.IsCancellationRequested)
        {
            throw new TimeoutException($"Not within {timeout.TotalSeconds:0} s: {what}.");
        }
    }

    [GeneratedRegex(@"\.Resources\.(offers-api|volunteers-api|events-api|gateway)[^:]*: .*\b(fail|crit): ")]
    private static partial Regex ErrorLine();
}

[CollectionDefinition(Name)]
public sealed class OperatedPlatformCollection : ICollectionFixture<OperatedPlatformFixture>
{
    public const string Name = "operated platform";
}
