using System.Text.RegularExpressions;
using AppHost.Tests.Support;
using LocalInfrastructure.Processes;

namespace AppHost.Tests;

public sealed partial class AppHostProcessTests(InfrastructureAppHostFixture fixture) : IClassFixture<InfrastructureAppHostFixture>
{
    [Fact]
    public void Start_AllResourcesRunning_PrintsResourceTableWithPortsAndPids()
    {
        var output = fixture.Host.Output;

        Assert.Matches(@"postgres\s+PostgreSQL\s+Running\s+\d+\s+postgresql://127\.0\.0\.1:\d+", output);
        Assert.Matches(@"messaging\s+RabbitMQ\s+Running\s+\d+\s+amqp://127\.0\.0\.1:\d+/ \(management http://127\.0\.0\.1:\d+/\)", output);
        Assert.Matches(@"offersdb\s+Database\s+Running", output);
    }

    [Fact]
    public void Start_DataDirectoryConfigured_KeepsServerDataThere()
    {
        Assert.True(File.Exists(Path.Combine(fixture.DataDirectory, "postgres", "PG_VERSION")));
        Assert.True(Directory.Exists(Path.Combine(fixture.DataDirectory, "rabbitmq", "mnesia")));
    }

    [Fact]
    public async Task KillMinus9_Postgres_IsReportedAndRestartedOnTheSamePort()
    {
        var host = fixture.Host;
        var row = PostgresRow().Match(host.Output);
        var (pid, port) = (int.Parse(row.Groups["pid"].Value), row.Groups["port"].Value);

        Native.Signal(pid, Native.SigKill);

        await host.WaitForLineAsync(l => l.StartsWith("[postgres]") && l.Contains("exited unexpectedly"), TimeSpan.FromSeconds(10));
        Assert.True(
            await Eventually.TrueAsync(() => ProcessTable.Descendants(host.Id).Any(p =>
                p.Name == "postgres" && p.Pid != pid && p.CommandLine.Contains($"-p {port} ")), TimeSpan.FromSeconds(20)),
            host.Output);
    }

    [GeneratedRegex(@"^\s+postgres\s+PostgreSQL\s+Running\s+(?<pid>\d+)\s+postgresql://127\.0\.0\.1:(?<port>\d+)", RegexOptions.Multiline)]
    private static partial Regex PostgresRow();
}
