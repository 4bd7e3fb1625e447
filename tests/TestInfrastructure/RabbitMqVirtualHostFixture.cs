using Xunit;

namespace TestInfrastructure;

/// <summary>A virtual host of its own per test class (IClassFixture) on the run's shared RabbitMQ.</summary>
public sealed class RabbitMqVirtualHostFixture : IAsyncLifetime
{
    public string VirtualHost { get; } = $"test-{Guid.NewGuid():N}"[..17];

    public Uri AmqpUri { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        var server = await TestServers.GetRabbitMqAsync();
        await server.EnsureVirtualHostAsync(VirtualHost);
        AmqpUri = server.GetAmqpUri(VirtualHost);
    }

    public async Task DisposeAsync()
    {
        var server = await TestServers.GetRabbitMqAsync();
        await server.DeleteVirtualHostAsync(VirtualHost);
    }
}
