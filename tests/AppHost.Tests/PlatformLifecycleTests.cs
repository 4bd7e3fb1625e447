using System.Net;
using System.Net.Sockets;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Xunit.Abstractions;

namespace AppHost.Tests;

/// <summary>The Aspire AppHost starting and stopping the whole platform (DCP, servers, services, gateway).</summary>
public sealed class PlatformLifecycleTests(ITestOutputHelper output)
{
    private static readonly (string Service, string Database)[] Services =
        [("offers-api", "offersdb"), ("volunteers-api", "volunteersdb"), ("events-api", "eventsdb")];

    [Fact]
    public async Task StartThenStop_WholePlatform_StartsEachPartWhenWhatItWaitsForIsHealthyAndLeavesNoProcess()
    {
        var platform = await TestPlatform.StartAsync();
        var timeline = platform.Timeline;
        var processes = TestPlatform.Processes();
        try
        {
            foreach (var (service, database) in Services)
            {
                var started = Starting(timeline, service);
                Assert.True(started >= Healthy(timeline, database), $"{service} started before {database} was healthy");
                Assert.True(started >= Healthy(timeline, "messaging"), $"{service} started before the broker was healthy");
            }

            foreach (var (service, _) in Services)
            {
                Assert.True(Starting(timeline, "gateway") >= Healthy(timeline, service), $"the gateway started before {service} was healthy");
            }

            Assert.True(Starting(timeline, "messaging") >= Healthy(timeline, "messaging-epmd"), "the broker started before its epmd");
            foreach (var name in new[] { "postgres", "beam.smp", "epmd", "dcp", "Offers.Api", "Volunteers.Api", "Events.Api", "Gateway" })
            {
                Assert.Contains(processes, p => p.Name == name || p.Command.Contains($"/{name} ", StringComparison.Ordinal) || p.Command.EndsWith($"/{name}", StringComparison.Ordinal));
            }
        }
        finally
        {
            output.WriteLine(Describe(timeline));
            var (took, left) = await platform.StopAsync(TimeSpan.FromSeconds(30));
            output.WriteLine($"{processes.Count} processes, all stopped after {took.TotalSeconds:0.0} s");
            Assert.True(left.Count == 0, "left running: " + string.Join("; ", left.Select(p => $"{p.Pid} {p.Command}")));
            await platform.DisposeAsync();
        }
    }

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

    private static DateTime Starting(ResourceTimeline timeline, string resource) =>
        timeline.Launched(resource) ?? throw new Xunit.Sdk.XunitException($"{resource} never started:\n{Describe(timeline)}");

    private static DateTime Healthy(ResourceTimeline timeline, string resource) =>
        timeline.First(resource, "Running", HealthStatus.Healthy) ?? throw new Xunit.Sdk.XunitException($"{resource} never healthy:\n{Describe(timeline)}");

    private static string Describe(ResourceTimeline timeline) =>
        string.Join('\n', timeline.Changes.Select(c => $"{c.At:HH:mm:ss.fff} {c.Resource} {c.State} {c.Health}"));
}
