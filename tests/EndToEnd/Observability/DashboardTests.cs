using Aspire.Hosting.Testing;
using Microsoft.Playwright;

namespace EndToEnd.Observability;

/// <summary>What an operator sees: the dashboard in a real browser (Debian's Chromium through Playwright).</summary>
[Collection(OperatedPlatformCollection.Name)]
public sealed class DashboardTests(OperatedPlatformFixture fixture)
{
    private static readonly string[] Resources =
        ["postgres", "offersdb", "volunteersdb", "eventsdb", "messaging", "messaging-epmd", "offers-api", "volunteers-api", "events-api", "gateway"];

    [Fact]
    public async Task Dashboard_InChromium_ShowsEveryResourceRunningAndHealthy()
    {
        await fixture.EnsureWholeAsync(); // a fault scenario before may have left a resource restarting
        await Chromium.EnsureInstalledAsync();
        using var playwright = await Playwright.CreateAsync();
        await using var browser = await playwright.Chromium.LaunchAsync(new() { ExecutablePath = Chromium.ExecutablePath, Args = Chromium.Arguments });
        var page = await browser.NewPageAsync(new() { ViewportSize = new() { Width = 1600, Height = 1000 } });

        await page.GotoAsync((await fixture.Platform.App.GetDashboardUrlAsync()).ToString());

        foreach (var resource in Resources)
        {
            var row = page.GetByRole(AriaRole.Row).Filter(new() { Has = page.GetByText(resource, new() { Exact = true }) });
            await Assertions.Expect(row).ToContainTextAsync("Running", new() { Timeout = 30_000 });
            await Assertions.Expect(row).Not.ToContainTextAsync("Unhealthy");
        }

        await page.ScreenshotAsync(new() { Path = Path.Combine(AppContext.BaseDirectory, "dashboard-resources.png"), FullPage = true });
    }

    [Fact]
    public async Task TelemetryApi_EveryService_SendsLogsTracesAndMetrics()
    {
        await Eventually.HoldsAsync("logs, traces and metrics from every service", async () =>
        {
            var resources = await fixture.Telemetry.ResourcesAsync();
            return new[] { "gateway", "offers-api", "volunteers-api", "events-api" }
                .All(r => resources.TryGetValue(r, out var kinds) && kinds is { Logs: true, Traces: true, Metrics: true });
        }, TimeSpan.FromSeconds(90), TimeSpan.FromSeconds(1));
    }

    [Fact]
    public async Task Traces_HoldNoDatabaseCommandOutsideAnOperation()
    {
        // The relay polls every second in every service; were its commands traced on their own,
        // the dashboard's traces would be mostly one-span "postgresql" traces.
        foreach (var service in OperatedPlatformFixture.Services)
        {
            var alone = (await fixture.Telemetry.SpansAsync(service)).Where(s => s.Scope == "Npgsql" && s.ParentSpanId is null).ToList();
            Assert.True(alone.Count == 0, $"{service}: {alone.Count} database spans that are a trace of their own, e.g. {string.Join(", ", alone.Select(s => s.Name).Distinct().Take(5))}");
        }
    }
}
