using LocalInfrastructure;

namespace TestInfrastructure;

/// <summary>
/// A broker for one test only, for tests that stop and restart it (an outage must not hit the
/// other tests sharing <see cref="TestServers"/>). Dispose stops it and deletes its folder.
/// </summary>
public sealed class DedicatedRabbitMq : IAsyncDisposable
{
    private DedicatedRabbitMq(RabbitMqServer server, string directory)
    {
        Server = server;
        Directory = directory;
    }

    public RabbitMqServer Server { get; }

    public string Directory { get; }

    public static async Task<DedicatedRabbitMq> StartAsync(bool enableManagementPlugin = true)
    {
        var directory = TestServers.NewDirectory("rabbitmq-dedicated");
        var server = await RabbitMqServer.StartAsync(
            new RabbitMqServerOptions { DataDirectory = directory, EnableManagementPlugin = enableManagementPlugin }, TestServers.ServerLog);
        return new DedicatedRabbitMq(server, directory);
    }

    public async ValueTask DisposeAsync()
    {
        await Server.DisposeAsync();
        TestServers.TryDelete(Directory);
    }
}
