using System.Text.RegularExpressions;
using AppHost.Tests.Support;
using LocalInfrastructure.Processes;
using TestInfrastructure;

namespace AppHost.Tests;

public sealed partial class AppHostRestartTests
{
    [Fact]
    public async Task KillMinus9_Postgres_IsReportedAndRestartedOnTheSamePort()
    {
        var data = TestServers.NewDirectory("apphost");
        await using var host = AppHostProcess.Start(data, ("AppHost__Only", "infrastructure"));
        var row = PostgresRow().Match(await host.WaitForLineAsync(l => PostgresRow().IsMatch(l), TimeSpan.FromSeconds(90)));
        var (pid, port) = (int.Parse(row.Groups["pid"].Value), row.Groups["port"].Value);

        Native.Signal(pid, Native.SigKill);

        await host.WaitForLineAsync(l => l.StartsWith("[postgres]") && l.Contains("exited unexpectedly"), TimeSpan.FromSeconds(10));
        Assert.True(
            await Eventually.TrueAsync(() => ProcessTable.Descendants(host.Id).Any(p =>
                p.Name == "postgres" && p.Pid != pid && p.CommandLine.Contains($"-p {port} ")), TimeSpan.FromSeconds(20)),
            host.Output);
    }

    [GeneratedRegex(@"^\s+postgres\s+PostgreSQL\s+Running\s+(?<pid>\d+)\s+postgresql://127\.0\.0\.1:(?<port>\d+)")]
    private static partial Regex PostgresRow();
}
