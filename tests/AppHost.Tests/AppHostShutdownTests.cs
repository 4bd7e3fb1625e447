using System.Diagnostics;
using AppHost.Tests.Support;
using TestInfrastructure;

namespace AppHost.Tests;

/// <summary>
/// The real AppHost process, limited to infrastructure (AppHost:Only=infrastructure) because the
/// services are still empty shells on this branch.
/// </summary>
public sealed class AppHostShutdownTests
{
    private static readonly TimeSpan StartTimeout = TimeSpan.FromSeconds(90);

    [Fact]
    public async Task Sigterm_AllResourcesRunning_ExitsWithin15sLeavingNoProcessBehind()
    {
        var data = TestServers.NewDirectory("apphost");
        await using var host = AppHostProcess.Start(data, ("AppHost__Only", "infrastructure"));
        await host.WaitForLineAsync(l => l.Contains("All resources are running"), StartTimeout);
        var started = ProcessTable.Descendants(host.Id);
        Assert.Contains(started, p => p.Name == "postgres");
        Assert.Contains(started, p => p.Name == "beam.smp");
        Assert.Contains(started, p => p.Name == "epmd");

        var watch = Stopwatch.StartNew();
        host.Terminate();
        var exited = host.Process.WaitForExit(15_000);

        Assert.True(exited, $"AppHost still running after {watch.Elapsed}:\n{host.Output}");
        Assert.Equal(0, host.Process.ExitCode);
        var leftovers = started.Where(p => ProcessTable.IsRunning(p.Pid) && p.Name != "sleep").ToList();
        Assert.True(leftovers.Count == 0, "left running: " + string.Join(", ", leftovers.Select(p => $"{p.Name} ({p.Pid})")));
    }
}
