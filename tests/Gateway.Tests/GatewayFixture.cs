using System.Net;
using System.Net.Sockets;
using TestInfrastructure;

namespace Gateway.Tests;

/// <summary>
/// The gateway in-process, with offers-api and events-api running as real HTTP servers and
/// volunteers-api pointing at a port where nothing listens (a service that is down).
/// </summary>
public sealed class GatewayFixture : IAsyncLifetime
{
    public DownstreamService Offers { get; private set; } = null!;
    public DownstreamService Events { get; private set; } = null!;
    public ServiceFactory<Program> Factory { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        Offers = await DownstreamService.StartAsync("offers-api");
        Events = await DownstreamService.StartAsync("events-api");
        Factory = new ServiceFactory<Program>(new Dictionary<string, string?>
        {
            ["services:offers-api:http:0"] = Offers.Address.ToString(),
            ["services:events-api:http:0"] = Events.Address.ToString(),
            ["services:volunteers-api:http:0"] = $"http://127.0.0.1:{UnusedPort()}",
        });
        _ = Factory.Server;
    }

    public async Task DisposeAsync()
    {
        await Factory.DisposeAsync();
        await Offers.DisposeAsync();
        await Events.DisposeAsync();
    }

    private static int UnusedPort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
