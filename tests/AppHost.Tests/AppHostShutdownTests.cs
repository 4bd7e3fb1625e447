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

    [Fact]
    public async Task Start_AllResourcesRunning_PrintsResourceTableWithPortsAndPids()
    {
        var data = TestServers.NewDirectory("apphost");
        await using var host = AppHostProcess.Start(data, ("AppHost__Only", "infrastructure"));

        var postgresRow = await host.WaitForLineAsync(l => l.TrimStart().StartsWith("postgres ") && l.Contains("Running"), StartTimeout);
        await host.WaitForLineAsync(l => l.Contains("All resources are running"), StartTimeout);

        Assert.Matches(@"postgres\s+PostgreSQL\s+Running\s+\d+\s+postgresql://127\.0\.0\.1:\d+", postgresRow);
        Assert.Matches(@"messaging\s+RabbitMQ\s+Running\s+\d+\s+amqp://127\.0\.0\.1:\d+/ \(management http://127\.0\.0\.1:\d+/\)", host.Output);
        Assert.Matches(@"offersdb\s+Database\s+Running", host.Output);
        Assert.True(Directory.Exists(Path.Combine(data, "postgres")) && Directory.Exists(Path.Combine(data, "rabbitmq")));
    }
}
