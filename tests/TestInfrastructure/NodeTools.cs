using System.Diagnostics;
using Xunit;

namespace TestInfrastructure;

/// <summary>
/// Independent checkers written for Node.js (a JSON-schema validator, an iCalendar parser): npm
/// installs them once into a folder under the temp directory, outside the repository, and node
/// runs a script against them. A test that needs them is a <see cref="NodeFactAttribute"/>, so a
/// machine without Node.js reports it as skipped with the reason instead of passing silently.
/// </summary>
public sealed class NodeTools
{
    private static readonly SemaphoreSlim InstallLock = new(1, 1);
    private readonly string _folder;
    private readonly string[] _packages;

    /// <param name="name">The folder's name under the temp directory (one per set of packages).</param>
    /// <param name="packages">npm package specs, e.g. <c>ajv@8</c>.</param>
    public NodeTools(string name, params string[] packages)
    {
        _folder = Path.Combine(Path.GetTempPath(), name);
        _packages = packages;
    }

    public static bool Available => OnPath("node") && OnPath("npm");

    /// <summary>Runs <paramref name="script"/> with node in the packages' folder; fails the test when npm cannot install them.</summary>
    public async Task<(int ExitCode, string Output, string Error)> RunAsync(string script, string? input = null, params string[] arguments)
    {
        await EnsureInstalledAsync();
        var scriptPath = Path.Combine(_folder, $"script-{Guid.NewGuid():N}.js");
        await File.WriteAllTextAsync(scriptPath, script);
        try
        {
            return await RunProcessAsync("node", [scriptPath, .. arguments], input, TimeSpan.FromMinutes(2));
        }
        finally
        {
            File.Delete(scriptPath);
        }
    }

    private async Task EnsureInstalledAsync()
    {
        await InstallLock.WaitAsync();
        try
        {
            var marker = Path.Combine(_folder, "installed-" + string.Join('+', _packages).Replace('/', '_'));
            if (File.Exists(marker))
            {
                return;
            }

            Directory.CreateDirectory(_folder);
            var (exitCode, output, error) = await RunProcessAsync("npm",
                ["install", "--no-audit", "--no-fund", "--silent", "--prefix", _folder, .. _packages], null, TimeSpan.FromMinutes(3));
            if (exitCode != 0)
            {
                throw new InvalidOperationException($"npm could not install {string.Join(' ', _packages)}: {output}{error}");
            }

            await File.WriteAllTextAsync(marker, "");
        }
        finally
        {
            InstallLock.Release();
        }
    }

    private async Task<(int, string, string)> RunProcessAsync(string file, string[] arguments, string? input, TimeSpan timeout)
    {
        var start = new ProcessStartInfo(file)
        {
            WorkingDirectory = _folder,
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        if (input is not null)
        {
            await process.StandardInput.WriteAsync(input);
        }

        process.StandardInput.Close();
        using var cancellation = new CancellationTokenSource(timeout);
        await process.WaitForExitAsync(cancellation.Token);
        return (process.ExitCode, await output, await error);
    }

    private static bool OnPath(string program) =>
        (Environment.GetEnvironmentVariable("PATH") ?? "").Split(':', StringSplitOptions.RemoveEmptyEntries)
            .Any(folder => File.Exists(Path.Combine(folder, program)));
}

/// <summary>A fact that needs Node.js and npm: skipped, with that reason, where they are not installed.</summary>
public sealed class NodeFactAttribute : FactAttribute
{
    public NodeFactAttribute()
    {
        if (!NodeTools.Available)
        {
            Skip = "Node.js and npm are not installed: the independent check with an npm package cannot run here.";
        }
    }
}
