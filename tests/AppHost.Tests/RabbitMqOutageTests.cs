using System.Net;
using System.Net.Sockets;
using LocalInfrastructure;
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

    [Fact]
    public async Task StartAsync_KeptNodeWithAnotherPassword_TakesTheNewPassword()
    {
        // default_user would apply to an empty node only; the definitions imported at boot set it every time.
        var folder = TestServers.NewDirectory("rabbitmq-password");
        await using (var first = await RabbitMqServer.StartAsync(new RabbitMqServerOptions { DataDirectory = folder, Password = "first-password" }, TestServers.ServerLog))
        {
            await first.EnsureVirtualHostAsync("kept");
        }

        await using var second = await RabbitMqServer.StartAsync(new RabbitMqServerOptions { DataDirectory = folder, Password = "second-password" }, TestServers.ServerLog);

        using var http = new HttpClient();
        Assert.Equal(HttpStatusCode.OK, (await VhostsAsync(http, second.ManagementPort, "second-password")).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await VhostsAsync(http, second.ManagementPort, "first-password")).StatusCode);
        Assert.Contains("\"kept\"", await (await VhostsAsync(http, second.ManagementPort, "second-password")).Content.ReadAsStringAsync());
    }

    private static Task<HttpResponseMessage> VhostsAsync(HttpClient http, int port, string password)
    {
        var request = new HttpRequestMessage(HttpMethod.Get, $"http://127.0.0.1:{port}/api/vhosts");
        request.Headers.Authorization = new("Basic", Convert.ToBase64String(System.Text.Encoding.UTF8.GetBytes($"guest:{password}")));
        return http.SendAsync(request);
    }
}
