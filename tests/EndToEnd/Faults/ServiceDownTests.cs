using System.Diagnostics;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Xunit.Abstractions;

namespace EndToEnd.Faults;

/// <summary>
/// Issue 11, item 6: a service stopped behind the gateway. Its routes answer 503 problems at
/// once, the other services' routes are untouched, and once it runs again the gateway routes to
/// it by itself (its health checks bring the destination back; nobody restarts the gateway).
/// </summary>
[Collection(OperatedPlatformCollection.Name)]
public sealed class ServiceDownTests(OperatedPlatformFixture platform, ITestOutputHelper output)
{
    private static readonly TimeSpan AnswerWithin = TimeSpan.FromSeconds(2);

    [Fact]
    public async Task ServiceStopped_ItsRoutesAnswer503Quickly_OthersUnaffected_AndItRejoinsByItself()
    {
        await platform.EnsureWholeAsync();
        var since = DateTime.UtcNow;
        // The command may report a failure when the graceful stop outlasts its own wait; what
        // counts is that the process ends.
        var stopping = await platform.TryExecuteCommandAsync("events-api", "resource-stop");
        await platform.WaitUntilNotRunningAsync("events-api", TimeSpan.FromSeconds(30), because: stopping);
        var gone = Stopwatch.StartNew();
        // Until the gateway's probes take the service out, a request it still forwards is held by
        // the AppHost's proxy (which waits for the service to come back): such an attempt is
        // abandoned after 1 s and counted as not yet 503.
        using (var impatient = platform.Platform.CreateGatewayClient(TimeSpan.FromSeconds(1)))
        {
            await Eventually.HoldsAsync("events routes answering 503", async () =>
            {
                try
                {
                    using var response = await impatient.GetAsync(new Uri("/api/events", UriKind.Relative));
                    return response.StatusCode == HttpStatusCode.ServiceUnavailable;
                }
                catch (TaskCanceledException)
                {
                    return false;
                }
            }, TimeSpan.FromSeconds(30), TimeSpan.FromMilliseconds(50));
        }

        var first503 = gone.Elapsed;
        Assert.True(first503 <= AnswerWithin, $"the first 503 came {first503} after the service was gone");
        var slowest = TimeSpan.Zero;
        for (var i = 0; i < 20; i++)
        {
            var watch = Stopwatch.StartNew();
            using var down = await platform.Gateway.GetAsync(new Uri("/api/events", UriKind.Relative));
            slowest = Max(slowest, watch.Elapsed);
            Assert.Equal(HttpStatusCode.ServiceUnavailable, down.StatusCode);
            Assert.Equal("application/problem+json", down.Content.Headers.ContentType?.MediaType);
            var problem = await down.Content.ReadFromJsonAsync<JsonElement>();
            Assert.Equal(503, problem.GetProperty("status").GetInt32());
            Assert.Contains("events-api", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);

            using var offers = await platform.Gateway.GetAsync(new Uri("/api/offers", UriKind.Relative));
            Assert.Equal(HttpStatusCode.OK, offers.StatusCode);
            using var municipalities = await platform.Gateway.GetAsync(new Uri("/api/municipalities", UriKind.Relative));
            Assert.Equal(HttpStatusCode.OK, municipalities.StatusCode);
        }

        Assert.True(slowest < AnswerWithin, $"the slowest 503 took {slowest}");

        var restarted = await platform.StartAgainAsync("events-api", TimeSpan.FromSeconds(90));
        var rejoin = Stopwatch.StartNew();
        await Eventually.HoldsAsync("events routed again through the same gateway", async () =>
        {
            using var events = await platform.Gateway.GetAsync(new Uri("/api/events", UriKind.Relative));
            return events.StatusCode == HttpStatusCode.OK;
        }, TimeSpan.FromSeconds(30), TimeSpan.FromMilliseconds(100));
        output.WriteLine($"events-api stopped: first 503 {first503.TotalSeconds:0.0} s after its process was gone, then slowest of 20 answers {slowest.TotalMilliseconds:0} ms (503); healthy {restarted.TotalSeconds:0.0} s after resource-start; " +
                         $"routed again {rejoin.Elapsed.TotalSeconds:0.0} s after it was healthy");
        var errors = platform.ServiceErrorsSince(since);
        Assert.True(errors.Count == 0, "error-level logs for an expected service stop:\n" + string.Join('\n', errors.Take(20)));
    }

    private static TimeSpan Max(TimeSpan a, TimeSpan b) => a > b ? a : b;
}
