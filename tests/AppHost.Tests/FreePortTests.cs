using System.Net;
using System.Net.Sockets;
using LocalInfrastructure;

namespace AppHost.Tests;

public sealed class FreePortTests
{
    [Fact]
    public void Next_IsAboveTheEphemeralRange_DistinctAndBindable()
    {
        var (_, high) = FreePort.EphemeralRange();
        var ports = new HashSet<int>();

        for (var i = 0; i < 50; i++)
        {
            var port = FreePort.Next();

            Assert.InRange(port, high + 1, 65535);
            Assert.True(ports.Add(port), $"port {port} was handed out twice");
            using var listener = new TcpListener(IPAddress.Loopback, port);
            listener.Start();
        }
    }
}
