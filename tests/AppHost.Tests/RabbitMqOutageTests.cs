using System.Net.Sockets;
using TestInfrastructure;

namespace AppHost.Tests;

public sealed class RabbitMqOutageTests
{
    [Fact]
    public async Task StopThenRestart_SameBroker_AcceptsConnectionsOnTheSamePortAgain()
    {
        await using var broker = await DedicatedRabbitMq.StartAsync(enableManagementPlugin: false);
        var port = broker.Server.AmqpPort;

        await broker.Server.StopAsync();
        await Assert.ThrowsAnyAsync<SocketException>(() => RabbitMqServerTests.AmqpHandshakeAsync(port));
        await broker.Server.RestartAsync();

        Assert.Equal(port, broker.Server.AmqpPort);
        Assert.Equal(1, (await RabbitMqServerTests.AmqpHandshakeAsync(port))[0]);
    }
}
