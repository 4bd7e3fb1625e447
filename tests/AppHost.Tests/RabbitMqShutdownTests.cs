using AppHost.Tests.Support;
using TestInfrastructure;

namespace AppHost.Tests;

public sealed class RabbitMqShutdownTests
{
    [Fact]
    public async Task DisposeAsync_RunningBroker_LeavesNoBeamAndNoEpmd()
    {
        var broker = await DedicatedRabbitMq.StartAsync(enableManagementPlugin: false);
        var (beam, epmd, epmdPort) = (broker.Server.ProcessId, broker.Server.EpmdProcessId, broker.Server.EpmdPort);
        Assert.True(ProcessTable.IsRunning(beam));
        Assert.True(ProcessTable.IsRunning(epmd));

        await broker.DisposeAsync();

        Assert.False(ProcessTable.IsRunning(beam));
        Assert.False(ProcessTable.IsRunning(epmd));
        Assert.DoesNotContain(ProcessTable.Snapshot(), p =>
            p.State != 'Z' && (p.CommandLine.Contains(broker.Directory) || (p.Name == "epmd" && p.CommandLine.Contains($"-port {epmdPort}"))));
    }
}
