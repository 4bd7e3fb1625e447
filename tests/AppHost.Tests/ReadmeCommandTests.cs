using System.Diagnostics;
using System.Net;
using System.Text.RegularExpressions;
using LocalInfrastructure;
using Xunit.Abstractions;

namespace AppHost.Tests;

/// <summary>
/// The README's command as a person types it: <c>dotnet run --project src/AppHost</c> (already
/// built, hence --no-build; the ports and data folder moved aside so nothing else is disturbed),
/// stopped with Ctrl+C, and its manifest for county IT.
/// </summary>
public sealed partial class ReadmeCommandTests(ITestOutputHelper output)
{
    [Fact]
    public async Task DotnetRun_TheReadmeCommand_PrintsGatewayAndDashboardLoginAndCtrlCStopsEverything()
    {
        var data = TestInfrastructure.TestServers.NewDirectory("apphost-run");
        var (gatewayPort, webAppPort, dashboardPort) = (FreePort.Next(), FreePort.Next(), FreePort.Next());
        using var appHost = AppHostCommand.Start(
            $"AppHost:DataDirectory={data}", $"AppHost:GatewayPort={gatewayPort}", $"AppHost:WebAppPort={webAppPort}",
            $"ASPNETCORE_URLS=http://localhost:{dashboardPort}",
            $"ASPIRE_DASHBOARD_OTLP_ENDPOINT_URL=http://localhost:{FreePort.Next()}",
            $"ASPIRE_DASHBOARD_OTLP_HTTP_ENDPOINT_URL=http://localhost:{FreePort.Next()}",
            $"ASPIRE_RESOURCE_SERVICE_ENDPOINT_URL=http://localhost:{FreePort.Next()}");
        try
        {
            await Eventually.HoldsAsync("the gateway URL printed", () => appHost.Output.Contains($"Gateway: http://127.0.0.1:{gatewayPort}"), TimeSpan.FromMinutes(4));
            await Eventually.HoldsAsync("the web app URL printed", () => appHost.Output.Contains($"Web app: http://127.0.0.1:{webAppPort}"), TimeSpan.FromMinutes(1));
            Assert.Matches($@"Login to the dashboard at http://localhost:{dashboardPort}/login\?t=[0-9a-f]+", appHost.Output);
            using var http = new HttpClient();
            Assert.Equal(HttpStatusCode.OK, (await http.GetAsync(new Uri($"http://127.0.0.1:{gatewayPort}/health"))).StatusCode);
            var login = LoginUrl().Match(appHost.Output).Value;
            Assert.Equal(HttpStatusCode.OK, (await http.GetAsync(new Uri(login))).StatusCode);

            var started = appHost.Processes();
            Assert.Contains(started, p => p.Name == "postgres");
            Assert.Contains(started, p => p.Name == "beam.smp");
            Assert.Contains(started, p => p.Name == "Aspire.Dashboar");
            var stopping = Stopwatch.StartNew();
            appHost.PressCtrlC();

            await Eventually.HoldsAsync("every process gone", () => ProcessTree.StillRunning(started).Count == 0, TimeSpan.FromSeconds(30));
            output.WriteLine($"{started.Count} processes, all gone {stopping.Elapsed.TotalSeconds:0.0} s after Ctrl+C");
            Assert.True(appHost.Process.WaitForExit(5000), "dotnet run had not exited");
            Assert.Equal(0, appHost.Process.ExitCode);
        }
        finally
        {
            output.WriteLine(appHost.Tail());
        }
    }

    [Fact]
    public async Task DotnetRun_PublisherManifest_WritesEveryResourceOfThePlatform()
    {
        var manifest = Path.Combine(TestInfrastructure.TestServers.NewDirectory("manifest"), "aspire-manifest.json");
        using var publish = AppHostCommand.Start("--publisher", "manifest", "--output-path", manifest);

        await publish.Process.WaitForExitAsync().WaitAsync(TimeSpan.FromMinutes(2));

        Assert.True(publish.Process.ExitCode == 0, publish.Tail());
        using var document = System.Text.Json.JsonDocument.Parse(await File.ReadAllTextAsync(manifest));
        var resources = document.RootElement.GetProperty("resources");
        foreach (var name in new[] { "postgres", "offersdb", "volunteersdb", "eventsdb", "messaging", "offers-api", "volunteers-api", "events-api", "gateway", "webapp" })
        {
            Assert.True(resources.TryGetProperty(name, out _), $"{name} missing from the manifest");
        }

        Assert.Equal("project.v0", resources.GetProperty("gateway").GetProperty("type").GetString());
        Assert.Equal("{offersdb.connectionString}", resources.GetProperty("offers-api").GetProperty("env").GetProperty("ConnectionStrings__offersdb").GetString());
    }

    [GeneratedRegex(@"http://localhost:\d+/login\?t=[0-9a-f]+")]
    private static partial Regex LoginUrl();
}
