using System.Net.Http.Json;
using System.Text.Json;

namespace EndToEnd.Observability;

/// <summary>
/// The platform with its dashboard, as an operator runs it: the services export logs, metrics
/// and traces to the dashboard, read here through its telemetry API and in a browser.
/// </summary>
public sealed class ObservedPlatformFixture : IAsyncLifetime
{
    public TestPlatform Platform { get; private set; } = null!;

    public TelemetryApi Telemetry { get; private set; } = null!;

    public HttpClient Gateway { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        Platform = await TestPlatform.StartAsync(new TestPlatformOptions { Dashboard = true });
        Telemetry = new TelemetryApi(Platform.DashboardAddress!, Platform.DashboardApiKey!);
        Gateway = Platform.CreateGatewayClient();
    }

    public async Task DisposeAsync()
    {
        Gateway.Dispose();
        Telemetry.Dispose();
        await Platform.DisposeAsync();
    }

    public async Task<string> TokenAsync(string role, string sub, string? municipality = null, string? org = null)
    {
        using var response = await Gateway.PostAsJsonAsync("/dev/tokens", new { role, sub, municipality, org });
        response.EnsureSuccessStatusCode();
        return (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("accessToken").GetString()!;
    }

    public async Task<HttpResponseMessage> SendAsync(HttpMethod method, string path, string token, object? body = null, string? traceParent = null)
    {
        using var request = GatewayRequest.Create(method, path, token, body, ("traceparent", traceParent));
        return await Gateway.SendAsync(request);
    }
}

[CollectionDefinition(Name)]
public sealed class ObservedPlatformCollection : ICollectionFixture<ObservedPlatformFixture>
{
    public const string Name = "observed platform";
}
