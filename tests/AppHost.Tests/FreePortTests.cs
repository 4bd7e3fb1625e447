using System.Net;
using System.Net.Sockets;
using LocalInfrastructure;

namespace AppHost.Tests;

public sealed class FreePortTests
{
    [Fact]
    public void Next_IsBelowTheEphemeralRange_AndCanBeBound()
    {
        var start = FreePort.EphemeralRangeStart();

        for (var i = 0; i < 20; i++)
        {
            var port = FreePort.Next();

            Assert.InRange(port, start - FreePort.Span, start - 1);
            using var listener = new TcpListener(IPAddress.Loopback, port);
            listener.Start();
        }
    }
}
