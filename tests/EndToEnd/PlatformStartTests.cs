using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace EndToEnd;

/// <summary>
/// How the AppHost started the suite's platform (read from the resource timeline recorded since
/// before the start): each part once what it waits for is healthy, every instance of every
/// replicated part included. That it stops leaving no process is checked when the suite's
/// platform stops (<see cref="PlatformFixture.DisposeAsync"/>).
/// </summary>
[Collection(PlatformCollection.Name)]
public sealed class PlatformStartTests(PlatformFixture platform)
{
    private static readonly (string Service, string Database)[] Services =
        [("offers-api", "offersdb"), ("volunteers-api", "volunteersdb"), ("events-api", "eventsdb")];

    [Fact]
    public void Start_EveryPart_StartsOnceWhatItWaitsForIsHealthy()
    {
        var timeline = platform.Platform.Timeline;
        foreach (var (service, database) in Services)
        {
            var started = Launched(timeline, service);
            Assert.True(started >= Healthy(timeline, database), $"{service} started before {database} was healthy\n{Describe(timeline)}");
            Assert.True(started >= Healthy(timeline, "messaging"), $"{service} started before the broker was healthy\n{Describe(timeline)}");
            Assert.True(Launched(timeline, "gateway") >= Healthy(timeline, service), $"the gateway started before {service} was healthy\n{Describe(timeline)}");
        }

        Assert.True(Launched(timeline, "messaging") >= Healthy(timeline, "messaging-epmd"), $"the broker started before its epmd\n{Describe(timeline)}");
        Assert.True(Launched(timeline, "webapp") >= Healthy(timeline, "gateway"), $"the web app started before the gateway was healthy\n{Describe(timeline)}");
    }

    private static DateTime Launched(ResourceTimeline timeline, string resource) =>
        timeline.Launched(resource) ?? throw new Xunit.Sdk.XunitException($"{resource} never started:\n{Describe(timeline)}");

    private static DateTime Healthy(ResourceTimeline timeline, string resource) =>
        timeline.First(resource, "Running", HealthStatus.Healthy) ?? throw new Xunit.Sdk.XunitException($"{resource} never healthy:\n{Describe(timeline)}");

    private static string Describe(ResourceTimeline timeline) =>
        string.Join('\n', timeline.Changes.Select(c => $"{c.At:HH:mm:ss.fff} {c.Instance} {c.State} {c.Health}"));
}
