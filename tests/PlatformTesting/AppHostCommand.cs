using TestSupport;
using System.Diagnostics;
using System.Text;

namespace PlatformTesting;

/// <summary>
/// The README's command, <c>dotnet run --project src/AppHost</c> (already built, hence
/// --no-build), in a session of its own so that Ctrl+C (SIGINT to its process group) reaches it
/// as in a terminal. For the tests and benchmarks of the command itself; everything else uses
/// <see cref="TestPlatform"/>.
/// </summary>
public sealed class AppHostCommand : IDisposable
{
    private readonly StringBuilder _output = new();
    private readonly IDisposable _machineLock;

    private AppHostCommand(Process process, IDisposable machineLock)
    {
        Process = process;
        _machineLock = machineLock;
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

    /// <param name="arguments">After <c>--</c>: AppHost settings (<c>AppHost:GatewayPort=…</c>) or Aspire's (<c>--publisher manifest</c>).</param>
    public static AppHostCommand Start(params string[] arguments)
    {
        var machineLock = PlatformLock.AcquireAsync(CancellationToken.None).GetAwaiter().GetResult();
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
        return new AppHostCommand(Process.Start(start)!, machineLock);
    }

    public string Tail(int lines = 60) => string.Join('\n', Output.Split('\n').TakeLast(lines));

    /// <summary>Its descendants, and DCP, which daemonises but monitors the AppHost process.</summary>
    public IReadOnlyList<ProcessTree.Entry> Processes()
    {
        var own = ProcessTree.StartedBy(Process.Id);
        var dcp = ProcessTree.Snapshot().Where(p => own.Any(o => p.Command.Contains($"--monitor {o.Pid} ", StringComparison.Ordinal)));
        return ProcessTree.StartedBy([Process.Id, .. dcp.Select(p => p.Pid)]);
    }

    public void PressCtrlC() => Signal("-INT");

    public void Dispose()
    {
        if (!Process.HasExited)
        {
            Signal("-KILL");
        }

        Process.Dispose();
        _machineLock.Dispose();
    }

    private void Signal(string signal) => System.Diagnostics.Process.Start("kill", [signal, "--", "-" + Process.Id])!.WaitForExit();

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
