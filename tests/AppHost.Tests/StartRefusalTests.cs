using System.Net;
using System.Net.Sockets;

namespace AppHost.Tests;

/// <summary>
/// The Aspire AppHost refusing to start. Its start order and clean stop are checked on the
/// EndToEnd suite's platform (EndToEnd/PlatformStartTests, PlatformFixture.DisposeAsync), which
/// starts one anyway; the README's command and Ctrl+C in ReadmeCommandTests.
/// </summary>
public sealed class StartRefusalTests
{
    [Fact]
    public async Task Start_GatewayPortInUse_RefusesWithAMessageNamingThePortAndTheSetting()
    {
        using var squatter = new TcpListener(IPAddress.Loopback, 0);
        squatter.Start();
        var port = ((IPEndPoint)squatter.LocalEndpoint).Port;

        // The refusal itself must reach the test (not the start timeout of 60 s running out).
        var failure = await Assert.ThrowsAsync<InvalidOperationException>(() => TestPlatform.StartAsync(new TestPlatformOptions
        {
            AppHostArguments = [$"AppHost:GatewayPort={port}"],
            StartTimeout = TimeSpan.FromSeconds(60),
        }));

        var refused = Assert.IsType<StartRefusedException>(failure.InnerException);
        Assert.Equal($"Port {port} for the gateway is already in use: stop what listens there, or choose another port with AppHost:GatewayPort.", refused.Message);
        Assert.DoesNotContain(TestPlatform.Processes(), p => p.Name is "postgres" or "beam.smp");
    }
}
