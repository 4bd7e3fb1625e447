using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Text;
using System.Text.RegularExpressions;

namespace PlatformDriver;

/// <summary>
/// Starts the AppHost the way a person does (<c>dotnet run --project src/AppHost</c>, already
/// built, hence <c>--no-build</c>; Release when the caller itself runs from a Release build) in a
/// session of its own, with its own data folder and free ports, and stops it the way Ctrl+C does:
/// SIGINT to its process group. One source file, compiled into the EndToEnd tests and the
/// benchmarks that start the whole platform (tests/Shared, linked by their project files).
/// </summary>
internal sealed class AppHostProcess : IAsyncDisposable
{
    private readonly Process _process;
    private readonly StringBuilder _output = new();

    private AppHostProcess(Process process, int gatewayPort, int postgresPort, string dataDirectory)
    {
        _process = process;
        GatewayPort = gatewayPort;
        PostgresPort = postgresPort;
        DataDirectory = dataDirectory;
    }

    public int GatewayPort { get; }
    public int PostgresPort { get; }
    public string DataDirectory { get; }
    public int Pid => _process.Id;
    public bool HasExited => _process.HasExited;
    public Uri GatewayAddress => new($"http://127.0.0.1:{GatewayPort}");

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

    /// <param name="environment">Extra variables for the AppHost; its services inherit them (e.g. <c>Partners__Keys__0__Name</c>).</param>
    public static AppHostProcess Start(IReadOnlyDictionary<string, string>? environment = null)
    {
        var root = RepositoryRoot();
        var dataDirectory = Path.Combine(Path.GetTempPath(), "integration-aspire-apphost", Guid.NewGuid().ToString("N")[..8]);
        var gatewayPort = FreePort();
        var postgresPort = FreePort();
        var configuration = AppContext.BaseDirectory.Contains("/Release/", StringComparison.Ordinal) ? "Release" : "Debug";
        var start = new ProcessStartInfo("setsid")
        {
            WorkingDirectory = root,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in new[] { "dotnet", "run", "--no-build", "-c", configuration, "--project", "src/AppHost" })
        {
            start.ArgumentList.Add(argument);
        }

        start.Environment["AppHost__DataDirectory"] = dataDirectory;
        start.Environment["AppHost__GatewayPort"] = gatewayPort.ToString(System.Globalization.CultureInfo.InvariantCulture);
        start.Environment["AppHost__Ports__Postgres"] = postgresPort.ToString(System.Globalization.CultureInfo.InvariantCulture);
        start.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
        start.Environment.Remove("OTEL_EXPORTER_OTLP_ENDPOINT");
        foreach (var (name, value) in environment ?? new Dictionary<string, string>())
        {
            start.Environment[name] = value;
        }

        var process = Process.Start(start) ?? throw new InvalidOperationException("could not start the AppHost");
        var host = new AppHostProcess(process, gatewayPort, postgresPort, dataDirectory);
        process.OutputDataReceived += (_, e) => host.Append(e.Data);
        process.ErrorDataReceived += (_, e) => host.Append(e.Data);
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return host;
    }

    public async Task WaitUntilGatewayHealthyAsync(TimeSpan timeout)
    {
        using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(5) };
        var deadline = DateTime.UtcNow + timeout;
        while (DateTime.UtcNow < deadline)
        {
            if (_process.HasExited)
            {
                throw new InvalidOperationException($"The AppHost exited with {_process.ExitCode}:\n{Tail()}");
            }

            try
            {
                using var response = await http.GetAsync(new Uri(GatewayAddress, "/health"));
                if (response.StatusCode == HttpStatusCode.OK)
                {
                    return;
                }
            }
            catch (HttpRequestException)
            {
            }
            catch (TaskCanceledException)
            {
            }

            await Task.Delay(500);
        }

        throw new TimeoutException($"The gateway was not healthy within {timeout.TotalSeconds:0} s:\n{Tail()}");
    }

    /// <summary>A project's URL from the AppHost's resource table, once it has been printed.</summary>
    public Uri? ServiceAddress(string resource)
    {
        var match = Regex.Match(Output, $@"^\s+{Regex.Escape(resource)}\s+.*?(http://127\.0\.0\.1:\d+)\s*$", RegexOptions.Multiline);
        return match.Success ? new Uri(match.Groups[1].Value) : null;
    }

    /// <summary>The gateway healthy and the resource table printed (it follows the last start).</summary>
    public async Task<Uri> WaitForServiceAddressAsync(string resource, TimeSpan timeout)
    {
        await WaitUntilGatewayHealthyAsync(timeout);
        var deadline = DateTime.UtcNow + TimeSpan.FromSeconds(10);
        while (ServiceAddress(resource) is null && DateTime.UtcNow < deadline)
        {
            await Task.Delay(100);
        }

        return ServiceAddress(resource) ?? throw new TimeoutException($"{resource} is not in the AppHost's resource table:\n{Tail()}");
    }

    /// <summary>What Ctrl+C in a terminal does: SIGINT to the whole foreground process group.</summary>
    public void Interrupt() => Process.Start("kill", ["-INT", "--", "-" + Pid])!.WaitForExit();

    public bool WaitForExit(TimeSpan timeout) => _process.WaitForExit(timeout);

    public string Tail(int lines = 80) => string.Join('\n', Output.Split('\n').TakeLast(lines));

    public async ValueTask DisposeAsync()
    {
        if (!_process.HasExited)
        {
            Interrupt();
            if (!_process.WaitForExit(TimeSpan.FromSeconds(20)))
            {
                Process.Start("kill", ["-KILL", "--", "-" + Pid])!.WaitForExit();
            }
        }

        await _process.WaitForExitAsync();
        _process.Dispose();
        try
        {
            Directory.Delete(DataDirectory, recursive: true);
        }
        catch (IOException)
        {
        }
        catch (UnauthorizedAccessException)
        {
        }
    }

    private void Append(string? line)
    {
        if (line is null)
        {
            return;
        }

        lock (_output)
        {
            _output.AppendLine(line);
        }
    }

    public static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    public static string RepositoryRoot()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "Integration.Aspire.sln")))
            {
                return directory.FullName;
            }
        }

        throw new InvalidOperationException("Integration.Aspire.sln not found above the test output folder.");
    }
}
