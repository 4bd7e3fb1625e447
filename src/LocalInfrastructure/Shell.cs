using System.Diagnostics;

namespace LocalInfrastructure;

/// <summary>Runs short helper commands (initdb, chown, apt-get, postgres --single) to completion.</summary>
internal static class Shell
{
    public static Task<string> RunAsync(ServerCommand command, CancellationToken ct, string? input = null, Action<string>? log = null) =>
        RunAsync(command.CommandLine, ct, command.Environment, log, input);

    public static async Task<string> RunAsync(
        IReadOnlyList<string> command, CancellationToken ct, IReadOnlyDictionary<string, string>? environment = null, Action<string>? log = null, string? input = null)
    {
        var psi = new ProcessStartInfo(command[0])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            RedirectStandardInput = true,
            UseShellExecute = false,
        };
        foreach (var arg in command.Skip(1)) psi.ArgumentList.Add(arg);
        foreach (var (key, value) in environment ?? new Dictionary<string, string>()) psi.Environment[key] = value;

        using var process = new Process { StartInfo = psi };
        var output = new System.Text.StringBuilder();
        void OnLine(string? line)
        {
            if (line is null) return;
            lock (output) output.AppendLine(line);
            log?.Invoke(line);
        }
        process.OutputDataReceived += (_, e) => OnLine(e.Data);
        process.ErrorDataReceived += (_, e) => OnLine(e.Data);
        process.Start();
        if (input is not null) await process.StandardInput.WriteAsync(input.AsMemory(), ct).ConfigureAwait(false);
        process.StandardInput.Close();
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        await process.WaitForExitAsync(ct).ConfigureAwait(false);
        if (process.ExitCode != 0)
            throw new InvalidOperationException($"'{string.Join(' ', command)}' failed with exit code {process.ExitCode}: {output}");
        return output.ToString();
    }
}
