using System.Net.Http.Headers;
using System.Net.Sockets;
using System.Text;
using TestInfrastructure;

namespace AppHost.Tests;

/// <summary>Behaviour on the run's shared broker; outage and shutdown tests use their own brokers.</summary>
public sealed class RabbitMqServerTests(RabbitMqVirtualHostFixture vhost) : IClassFixture<RabbitMqVirtualHostFixture>
{
    [Fact]
    public async Task EnsureVirtualHostAsync_NewName_ManagementApiListsIt()
    {
        var server = await TestServers.GetRabbitMqAsync();
        using var http = new HttpClient();
        http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue(
            "Basic", Convert.ToBase64String(Encoding.UTF8.GetBytes($"{server.Options.Username}:{server.Options.Password}")));

        var vhosts = await http.GetStringAsync($"http://127.0.0.1:{server.ManagementPort}/api/vhosts");

        Assert.Contains($"\"name\":\"{vhost.VirtualHost}\"", vhosts);
    }

    [Fact]
    public async Task AmqpPort_ProtocolHeader_AnswersWithConnectionStart()
    {
        var server = await TestServers.GetRabbitMqAsync();

        var frame = await AmqpHandshakeAsync(server.AmqpPort);

        Assert.Equal(1, frame[0]); // method frame: connection.start, i.e. a real AMQP 0-9-1 broker
    }

    [Fact]
    public async Task GetAmqpUri_VirtualHost_IsUrlEncodedAndAddressesTheBroker()
    {
        var server = await TestServers.GetRabbitMqAsync();

        Assert.Equal($"amqp://guest:guest@127.0.0.1:{server.AmqpPort}/", server.GetAmqpUri().ToString());
        Assert.Equal($"amqp://guest:guest@127.0.0.1:{server.AmqpPort}/a%2Fb", server.GetAmqpUri("a/b").AbsoluteUri);
        Assert.EndsWith(vhost.VirtualHost, vhost.AmqpUri.ToString());
    }

    internal static async Task<byte[]> AmqpHandshakeAsync(int port)
    {
        using var client = new TcpClient();
        await client.ConnectAsync("127.0.0.1", port);
        var stream = client.GetStream();
        await stream.WriteAsync("AMQP\0\0\x09\x01"u8.ToArray());
        var buffer = new byte[7];
        await stream.ReadExactlyAsync(buffer).AsTask().WaitAsync(TimeSpan.FromSeconds(10));
        return buffer;
    }
}
