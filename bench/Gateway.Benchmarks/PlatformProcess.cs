using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Text;
using System.Text.RegularExpressions;

namespace Gateway.Benchmarks;

/// <summary>
/// The platform as the README runs it (the AppHost, already built), in a session of its own with
/// a throwaway data folder and free ports; stopped with SIGINT to its process group, like Ctrl+C.
/// </summary>
internal sealed partial class PlatformProcess : IAsyncDisposable
{
    private readonly Process _process;
    private readonly StringBuilder _output = new();
    private readonly string _dataDirectory;

    private PlatformProcess(Process process, int gatewayPort, string dataDirectory)
    {
        _process = process;
        GatewayAddress = new Uri($"http://127.0.0.1:{gatewayPort}");
        _dataDirectory = dataDirectory;
    }

    public Uri GatewayAddress { get; }

    public static PlatformProcess Start(string repositoryRoot, IReadOnlyDictionary<string, string> environment)
    {
        var dataDirectory = Path.Combine(Path.GetTempPath(), "integration-aspire-bench", Guid.NewGuid().ToString("N")[..8]);
        var gatewayPort = FreePort();
        var start = new ProcessStartInfo("setsid")
        {
            WorkingDirectory = repositoryRoot,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        foreach (var argument in new[] { "dotnet", "run", "--no-build", "-c", "Release", "--project", "src/AppHost" })
        {
            start.ArgumentList.Add(argument);
        }

        start.Environment["AppHost__DataDirectory"] = dataDirectory;
        start.Environment["AppHost__GatewayPort"] = gatewayPort.ToString(System.Globalization.CultureInfo.InvariantCulture);
        foreach (var (key, value) in environment)
        {
            start.Environment[key] = value;
        }

        var process = Process.Start(start)!;
        var platform = new PlatformProcess(process, gatewayPort, dataDirectory);
        process.OutputDataReceived += (_, e) => platform.Append(e.Data);
        process.ErrorDataReceived += (_, e) => platform.Append(e.Data);
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return platform;
    }

    public async Task WaitUntilHealthyAsync(TimeSpan timeout)
    {
        using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(5) };
        var deadline = DateTime.UtcNow + timeout;
        while (DateTime.UtcNow < deadline)
        {
            if (_process.HasExited)
            {
                throw new InvalidOperationException("The AppHost exited:\n" + Output);
            }

            try
            {
                using var response = await http.GetAsync(new Uri(GatewayAddress, "/health"));
                if (response.IsSuccessStatusCode && ServiceAddress("offers-api") is not null)
                {
                    return;
                }
            }
            catch (Exception exception) when (exception is HttpRequestException or TaskCanceledException)
            {
            }

            await Task.Delay(500);
        }

        throw new TimeoutException("The platform did not become healthy:\n" + Output);
    }

    /// <summary>A project's URL from the AppHost's resource table.</summary>
    public Uri? ServiceAddress(string resource)
    {
        var match = Regex.Match(Output, $@"^\s+{Regex.Escape(resource)}\s+.*?(http://127\.0\.0\.1:\d+)\s*$", RegexOptions.Multiline);
        return match.Success ? new Uri(match.Groups[1].Value) : null;
    }

    private string Output
    {
        get
        {
            lock (_output)
            {
                return _output.ToString();
            }
        }
    }

    public async ValueTask DisposeAsync()
    {
        if (!_process.HasExited)
        {
            Process.Start("kill", ["-INT", "--", "-" + _process.Id])!.WaitForExit();
            if (!_process.WaitForExit(TimeSpan.FromSeconds(20)))
            {
                Process.Start("kill", ["-KILL", "--", "-" + _process.Id])!.WaitForExit();
            }
        }

        await _process.WaitForExitAsync();
        try
        {
            Directory.Delete(_dataDirectory, recursive: true);
        }
        catch (IOException)
        {
        }
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

    public static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
