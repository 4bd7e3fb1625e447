using System.Diagnostics;
using LocalInfrastructure.Processes;

namespace AppHost.Tests.Support;

/// <summary>The built AppHost run as a real process (`dotnet AppHost.dll`), its output collected.</summary>
internal sealed class AppHostProcess : IAsyncDisposable
{
    private readonly Process process;
    private readonly List<string> lines = [];

    private AppHostProcess(Process process) => this.process = process;

    public int Id => process.Id;

    public Process Process => process;

    public string Output
    {
        get { lock (lines) return string.Join('\n', lines); }
    }

    public static AppHostProcess Start(string dataDirectory, params (string Key, string Value)[] settings)
    {
        var psi = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        psi.ArgumentList.Add(AppHostDll);
        psi.Environment["AppHost__DataDirectory"] = dataDirectory;
        foreach (var (key, value) in settings) psi.Environment[key] = value;
        var host = new AppHostProcess(new Process { StartInfo = psi });
        host.process.OutputDataReceived += (_, e) => host.Add(e.Data);
        host.process.ErrorDataReceived += (_, e) => host.Add(e.Data);
        host.process.Start();
        host.process.BeginOutputReadLine();
        host.process.BeginErrorReadLine();
        return host;
    }

    public async Task<string> WaitForLineAsync(Func<string, bool> match, TimeSpan timeout)
    {
        string? found = null;
        var ok = await Eventually.TrueAsync(() => { lock (lines) return (found = lines.FirstOrDefault(match)) is not null || process.HasExited; }, timeout);
        return ok && found is not null ? found : throw new TimeoutException($"No matching AppHost line within {timeout}. Output:\n{Output}");
    }

    public void Terminate() => Native.Signal(process.Id, Native.SigTerm);

    public async ValueTask DisposeAsync()
    {
        if (process.HasExited) return;
        Terminate();
        if (!process.WaitForExit(20_000)) process.Kill(entireProcessTree: true);
        await Task.CompletedTask;
    }

    /// <summary>src/AppHost/bin/{same configuration as the tests}/net10.0/AppHost.dll (built by the ProjectReference).</summary>
    private static string AppHostDll
    {
        get
        {
            var testBin = new DirectoryInfo(AppContext.BaseDirectory.TrimEnd('/'));
            var configuration = testBin.Parent!.Name;
            var root = testBin;
            while (!File.Exists(Path.Combine(root.FullName, "Integration.Aspire.sln"))) root = root.Parent!;
            return Path.Combine(root.FullName, "src", "AppHost", "bin", configuration, testBin.Name, "AppHost.dll");
        }
    }

    private void Add(string? line)
    {
        if (line is null) return;
        lock (lines) lines.Add(line);
    }
}
