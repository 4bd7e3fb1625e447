using TestInfrastructure;

namespace AppHost.Tests;

public sealed class RabbitMqShutdownTests
{
    [Fact]
    public async Task DisposeAsync_RunningBroker_LeavesNoBeamAndNoEpmd()
    {
        var broker = await DedicatedRabbitMq.StartAsync(enableManagementPlugin: false);
        var (beam, epmd, epmdPort) = (broker.Server.ProcessId, broker.Server.EpmdProcessId, broker.Server.EpmdPort);
        Assert.True(ProcessTree.IsRunning(beam));
        Assert.True(ProcessTree.IsRunning(epmd));

        await broker.DisposeAsync();

        Assert.False(ProcessTree.IsRunning(beam));
        Assert.False(ProcessTree.IsRunning(epmd));
        Assert.DoesNotContain(ProcessTree.Snapshot(), p =>
            p.State != 'Z' && (p.Command.Contains(broker.Directory) || (p.Name == "epmd" && p.Command.Contains($"-port {epmdPort}"))));
    }
}
