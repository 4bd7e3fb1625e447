using System.Diagnostics;

namespace LocalInfrastructure.Processes;

/// <summary>
/// A child process that we own completely: it leads its own process group (started through
/// <c>setsid</c>, which execs in place, so its pid is the group id), its output is streamed line by
/// line, stopping it takes the whole tree down, and a watchdog kills that tree if we are SIGKILLed
/// (nothing a test host or AppHost starts may outlive it).
/// </summary>
public sealed class ChildProcess : IAsyncDisposable
{
    private readonly Process process;
    private readonly Process watchdog;
    private readonly TaskCompletionSource<int> exited = new(TaskCreationOptions.RunContinuationsAsynchronously);

    private ChildProcess(Process process, Process watchdog)
    {
        this.process = process;
        this.watchdog = watchdog;
    }

    public int Id => process.Id;

    /// <summary>Completes with the exit code when the process ends, for whatever reason.</summary>
    public Task<int> Exited => exited.Task;

    public bool HasExited => exited.Task.IsCompleted;

    public static ChildProcess Start(ServerCommand command, Action<string>? output, string? workingDirectory = null) =>
        Start(new ChildProcessStartInfo
        {
            Command = command.CommandLine,
            Environment = command.Environment.ToDictionary(e => e.Key, e => (string?)e.Value),
            Output = output,
            WorkingDirectory = workingDirectory,
        });

    public static ChildProcess Start(ChildProcessStartInfo info)
    {
        var psi = new ProcessStartInfo("setsid")
        {
            WorkingDirectory = info.WorkingDirectory ?? Environment.CurrentDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            RedirectStandardInput = true, // children must not read our console
            UseShellExecute = false,
        };
        foreach (var arg in info.Command) psi.ArgumentList.Add(arg);
        foreach (var (key, value) in info.Environment)
        {
            if (value is null) psi.Environment.Remove(key); else psi.Environment[key] = value;
        }

        var process = new Process { StartInfo = psi, EnableRaisingEvents = true };
        process.OutputDataReceived += (_, e) => { if (e.Data is not null) info.Output?.Invoke(e.Data); };
        process.ErrorDataReceived += (_, e) => { if (e.Data is not null) info.Output?.Invoke(e.Data); };
        process.Start();
        process.StandardInput.Close();
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();

        var child = new ChildProcess(process, Watchdog.Start(Environment.ProcessId, process.Id));
        process.Exited += (_, _) => child.OnExited();
        if (process.HasExited) child.OnExited();
        return child;
    }

    /// <summary>
    /// Sends <paramref name="signal"/> to the leader (so servers can shut down in order), waits up
    /// to <paramref name="grace"/>, then SIGKILLs the whole group.
    /// </summary>
    public async Task StopAsync(int signal, TimeSpan grace)
    {
        if (!HasExited)
        {
            Native.Signal(process.Id, signal);
            await Task.WhenAny(Exited, Task.Delay(grace)).ConfigureAwait(false);
        }
        KillGroup();
        await Task.WhenAny(Exited, Task.Delay(TimeSpan.FromSeconds(5))).ConfigureAwait(false);
        StopWatchdog();
    }

    public ValueTask DisposeAsync() => new(StopAsync(Native.SigTerm, TimeSpan.FromSeconds(10)));

    private void OnExited()
    {
        // The leader is gone; helpers it left in its group (backends, erl_child_setup) go too.
        KillGroup();
        StopWatchdog();
        int code;
        try { process.WaitForExit(); code = process.ExitCode; } catch (InvalidOperationException) { code = -1; }
        exited.TrySetResult(code);
    }

    private void KillGroup() => Native.Signal(-process.Id, Native.SigKill);

    private void StopWatchdog()
    {
        if (Native.IsAlive(watchdog.Id)) Native.Signal(-watchdog.Id, Native.SigKill);
    }
}
