using System.Diagnostics;
using System.Net;
using System.Text;
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
        var (gatewayPort, dashboardPort) = (FreePort.Next(), FreePort.Next());
        using var appHost = Start(
            $"AppHost:DataDirectory={data}", $"AppHost:GatewayPort={gatewayPort}",
            $"ASPNETCORE_URLS=http://localhost:{dashboardPort}",
            $"ASPIRE_DASHBOARD_OTLP_ENDPOINT_URL=http://localhost:{FreePort.Next()}",
            $"ASPIRE_DASHBOARD_OTLP_HTTP_ENDPOINT_URL=http://localhost:{FreePort.Next()}",
            $"ASPIRE_RESOURCE_SERVICE_ENDPOINT_URL=http://localhost:{FreePort.Next()}");
        try
        {
            await Eventually.HoldsAsync("the gateway URL printed", () => appHost.Output.Contains($"Gateway: http://127.0.0.1:{gatewayPort}"), TimeSpan.FromMinutes(4));
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
        using var publish = Start("--publisher", "manifest", "--output-path", manifest);

        await publish.Process.WaitForExitAsync().WaitAsync(TimeSpan.FromMinutes(2));

        Assert.True(publish.Process.ExitCode == 0, publish.Tail());
        using var document = System.Text.Json.JsonDocument.Parse(await File.ReadAllTextAsync(manifest));
        var resources = document.RootElement.GetProperty("resources");
        foreach (var name in new[] { "postgres", "offersdb", "volunteersdb", "eventsdb", "messaging", "offers-api", "volunteers-api", "events-api", "gateway" })
        {
            Assert.True(resources.TryGetProperty(name, out _), $"{name} missing from the manifest");
        }

        Assert.Equal("project.v0", resources.GetProperty("gateway").GetProperty("type").GetString());
        Assert.Equal("{offersdb.connectionString}", resources.GetProperty("offers-api").GetProperty("env").GetProperty("ConnectionStrings__offersdb").GetString());
    }

    private static RunningCommand Start(params string[] arguments)
    {
        var configuration = AppContext.BaseDirectory.Contains("/Release/", StringComparison.Ordinal) ? "Release" : "Debug";
        var start = new ProcessStartInfo("setsid")
        {
            WorkingDirectory = RepositoryFolders.Root(),
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in new[] { "dotnet", "run", "--no-build", "-c", configuration, "--project", "src/AppHost", "--" }.Concat(arguments))
        {
            start.ArgumentList.Add(argument);
        }

        start.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
        return new RunningCommand(Process.Start(start)!);
    }

    [GeneratedRegex(@"http://localhost:\d+/login\?t=[0-9a-f]+")]
    private static partial Regex LoginUrl();

    /// <summary>A command in a session of its own, so Ctrl+C (SIGINT to its group) reaches it as in a terminal.</summary>
    private sealed class RunningCommand : IDisposable
    {
        private readonly StringBuilder _output = new();

        public RunningCommand(Process process)
        {
            Process = process;
            process.OutputDataReceived += (_, e) => Append(e.Data);
            process.ErrorDataReceived += (_, e) => Append(e.Data);
            process.BeginOutputReadLine();
            process.BeginErrorReadLine();
        }

        public Process Process { get; }

        public string Output
        {
            get
            {
                lock (_output)
                {
                    return _output.ToString();
                }
            }
        }

        public string Tail(int lines = 60) => string.Join('\n', Output.Split('\n').TakeLast(lines));

        /// <summary>Its descendants, and DCP, which daemonises but monitors the AppHost process.</summary>
        public IReadOnlyList<ProcessTree.Entry> Processes()
        {
            var own = ProcessTree.StartedBy(Process.Id);
            var dcp = ProcessTree.Snapshot().Where(p => own.Any(o => p.Command.Contains($"--monitor {o.Pid} ", StringComparison.Ordinal)));
            return ProcessTree.StartedBy([Process.Id, .. dcp.Select(p => p.Pid)]);
        }

        public void PressCtrlC() => System.Diagnostics.Process.Start("kill", ["-INT", "--", "-" + Process.Id])!.WaitForExit();

        public void Dispose()
        {
            if (!Process.HasExited)
            {
                System.Diagnostics.Process.Start("kill", ["-KILL", "--", "-" + Process.Id])!.WaitForExit();
            }

            Process.Dispose();
        }

        private void Append(string? line)
        {
            if (line is not null)
            {
                lock (_output)
                {
                    _output.AppendLine(line);
                }
            }
        }
    }
}
