using TestSupport;
using System.Diagnostics;
using System.Globalization;
using LocalInfrastructure;

namespace Platform.Benchmarks;

/// <summary>
/// The README's command, twice: cold (a new data folder: initdb, a new RabbitMQ node, databases
/// and migrations created) and warm (the same folder again). For each: seconds from
/// <c>dotnet run --project src/AppHost</c> to a 200 from the gateway's /health, the resident
/// memory of every process after 30 s idle (DCP and the dashboard included), and the seconds
/// from Ctrl+C until every process is gone.
/// </summary>
internal static class StartupBenchmark
{
    public static async Task<int> RunAsync()
    {
        var data = Path.Combine("/tmp/integration-aspire-platforms", "startup-" + Guid.NewGuid().ToString("N")[..8]);
        Directory.CreateDirectory(data);
        try
        {
            foreach (var run in new[] { "cold", "warm" })
            {
                await MeasureAsync(run, data);
            }
        }
        finally
        {
            Directory.Delete(data, recursive: true);
        }

        return 0;
    }

    private static async Task MeasureAsync(string run, string data)
    {
        var (gateway, dashboard) = (FreePort.Next(), FreePort.Next());
        var watch = Stopwatch.StartNew();
        using var appHost = AppHostCommand.Start(
            $"AppHost:DataDirectory={data}", $"AppHost:GatewayPort={gateway}", $"AppHost:WebAppPort={FreePort.Next()}",
            $"ASPNETCORE_URLS=http://localhost:{dashboard}",
            $"ASPIRE_DASHBOARD_OTLP_ENDPOINT_URL=http://localhost:{FreePort.Next()}",
            $"ASPIRE_DASHBOARD_OTLP_HTTP_ENDPOINT_URL=http://localhost:{FreePort.Next()}",
            $"ASPIRE_RESOURCE_SERVICE_ENDPOINT_URL=http://localhost:{FreePort.Next()}");
        using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(2) };
        await Eventually.HoldsAsync("a healthy gateway", async () =>
        {
            try
            {
                using var response = await http.GetAsync(new Uri($"http://127.0.0.1:{gateway}/health"));
                return response.IsSuccessStatusCode;
            }
            catch (Exception exception) when (exception is HttpRequestException or TaskCanceledException)
            {
                return false;
            }
        }, TimeSpan.FromMinutes(5), TimeSpan.FromMilliseconds(100));
        var started = watch.Elapsed;
        Console.WriteLine($"{run}: start to healthy gateway {started.TotalSeconds:0.0} s");

        await Task.Delay(TimeSpan.FromSeconds(30));
        var processes = appHost.Processes();
        Console.WriteLine($"{run}: idle memory (RSS) after 30 s, {processes.Count} processes");
        Console.WriteLine("| process | RSS MB | PSS MB |");
        Console.WriteLine("|---|---|---|");
        foreach (var group in processes.GroupBy(PlatformProcesses.Label).OrderByDescending(g => g.Sum(p => p.PssMegabytes)))
        {
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"| {group.Key}{(group.Count() > 1 ? $" ({group.Count()} processes)" : "")} | {group.Sum(p => p.RssMegabytes):0.0} | {group.Sum(p => p.PssMegabytes):0.0} |"));
        }

        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"| all, summed | {processes.Sum(p => p.RssMegabytes):0} | {processes.Sum(p => p.PssMegabytes):0} |"));

        var stopping = Stopwatch.StartNew();
        appHost.PressCtrlC();
        await Eventually.HoldsAsync("every process gone", () => ProcessTree.StillRunning(processes).Count == 0, TimeSpan.FromMinutes(1), TimeSpan.FromMilliseconds(50));
        Console.WriteLine($"{run}: stop after Ctrl+C {stopping.Elapsed.TotalSeconds:0.0} s (every process gone)");
        Console.WriteLine();
    }
}
