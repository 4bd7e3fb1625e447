using System.Net;
using System.Net.Http.Json;
using System.Text.Json;

namespace EndToEnd;

/// <summary>
/// Issue 11, item 7: what only replicas can break. The suite's platform runs two instances of
/// every service and of the gateway (<see cref="PlatformFixture.Replicas"/>), and DCP's proxy in
/// front of each spreads connections over them; every request here goes on a connection of its
/// own (<c>Connection: close</c>), so both gateway instances, and through them both instances of
/// each service, take part.
/// </summary>
[Collection(PlatformCollection.Name)]
public sealed class ReplicaTests(PlatformFixture platform)
{
    private static readonly string[] ServiceProcesses = ["Offers.Api", "Volunteers.Api", "Events.Api", "Gateway"];

    [Fact]
    public void Platform_EveryServiceAndTheGateway_RunAsTwoInstances()
    {
        var processes = TestPlatform.Processes();
        foreach (var name in ServiceProcesses)
        {
            // DCP runs a project's own executable (bin/…/Offers.Api), under the name the kernel shows.
            var instances = processes.Count(p => p.State is not 'Z' and not 'X'
                && (p.Name == name || p.Command.Contains($"/{name} ", StringComparison.Ordinal) || p.Command.EndsWith($"/{name}", StringComparison.Ordinal)));
            Assert.True(instances == PlatformFixture.Replicas, $"{name}: {instances} instance(s) running, {PlatformFixture.Replicas} expected");
        }
    }

    [Fact]
    public async Task RateLimit_PartnerSpreadOverBothGatewayInstances_HoldsInTotal()
    {
        const int limit = PlatformFixture.LimitedPartnerPermitsPerMinute;
        var statuses = new List<HttpStatusCode>();
        // Sequential, so no two requests race for the same instance's last permit; the limiter's
        // window is a minute and starts with this test's first request, which only it makes.
        for (var i = 0; i < 4 * limit; i++)
        {
            using var request = new HttpRequestMessage(HttpMethod.Get, new Uri("/api/categories", UriKind.Relative));
            request.Headers.Add("X-Api-Key", PlatformFixture.LimitedPartnerKey);
            request.Headers.ConnectionClose = true;
            using var response = await platform.Gateway.SendAsync(request);
            statuses.Add(response.StatusCode);
            if (response.StatusCode == HttpStatusCode.TooManyRequests)
            {
                Assert.NotNull(response.Headers.RetryAfter);
            }
        }

        var admitted = statuses.Count(s => s == HttpStatusCode.OK);
        Assert.Equal(4 * limit, admitted + statuses.Count(s => s == HttpStatusCode.TooManyRequests));
        Assert.True(admitted <= limit, $"{admitted} requests admitted over both gateway instances, the partner's limit is {limit}/min");
        Assert.True(admitted >= limit / PlatformFixture.Replicas, $"only {admitted} admitted: not even one instance's share of {limit}");
    }

    [Fact]
    public async Task Search_AfterAChange_EveryOffersInstanceAnswersTheNewCatalogue()
    {
        var before = "Kranichtreff" + Guid.NewGuid().ToString("N")[..8];
        var after = "Leuchtturm" + Guid.NewGuid().ToString("N")[..8];
        using var created = await platform.SendAsync(Callers.Provider, HttpMethod.Post, "/api/offers", OfferTitled(before));
        await created.ExpectAsync(HttpStatusCode.Created);
        var id = (await created.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();
        using var published = await platform.SendAsync(Callers.Provider, HttpMethod.Post, $"/api/offers/{id}/publish");
        await published.ExpectAsync(HttpStatusCode.OK);

        // Both instances cache the search for the old title ...
        Assert.All(await SearchEverywhereAsync(before), found => Assert.Equal(1, found));

        using var change = platform.Request(Callers.Provider, HttpMethod.Put, $"/api/offers/{id}", OfferTitled(after));
        change.Headers.TryAddWithoutValidation("If-Match", published.Headers.ETag!.Tag);
        using var changed = await platform.Gateway.SendAsync(change);
        await changed.ExpectAsync(HttpStatusCode.OK);

        // ... and neither answers from it once the catalogue changed (no warm-up, no wait).
        Assert.All(await SearchEverywhereAsync(before), found => Assert.Equal(0, found));
        Assert.All(await SearchEverywhereAsync(after), found => Assert.Equal(1, found));
    }

    [Fact]
    public async Task Registrations_200AtOnceFor50Seats_50ConfirmedAnd150WaitlistedInOrder()
    {
        const int seats = 50, volunteers = 200;
        using var created = await platform.SendAsync(Callers.Coordinator, HttpMethod.Post, "/api/events", Scenario.Training(capacity: seats));
        await created.ExpectAsync(HttpStatusCode.Created);
        var eventId = (await created.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();

        var run = Guid.NewGuid().ToString("N")[..6];
        var subjects = Enumerable.Range(0, volunteers).Select(i => $"replica-{run}-{i}").ToArray();
        var tokens = new string[volunteers];
        await Parallel.ForEachAsync(Enumerable.Range(0, volunteers), new ParallelOptions { MaxDegreeOfParallelism = 16 }, async (i, _) =>
        {
            tokens[i] = await platform.CreateTokenAsync("volunteer", subjects[i]);
            await platform.RegisterVolunteerAsync(tokens[i], $"Replika{i}", "warendorf");
        });
        await Eventually.HoldsAsync($"Events knows all {volunteers} volunteers", async () =>
            await platform.Platform.CountAsync("eventsdb", "SELECT count(*) FROM known_volunteers WHERE subject = ANY(@subjects)", ("subjects", subjects)) == volunteers,
            TimeSpan.FromSeconds(60), TimeSpan.FromMilliseconds(250));

        // All at once, each on a connection of its own: both gateways, both Events instances.
        var outcomes = await Task.WhenAll(tokens.Select(async token =>
        {
            using var request = GatewayRequest.Create(HttpMethod.Post, $"/api/events/{eventId}/registrations", token, body: null);
            request.Headers.ConnectionClose = true;
            using var response = await platform.Gateway.SendAsync(request);
            Assert.True(response.StatusCode is HttpStatusCode.Created or HttpStatusCode.OK, $"registration answered {(int)response.StatusCode}: {await response.Content.ReadAsStringAsync()}");
            var body = await response.Content.ReadFromJsonAsync<JsonElement>();
            return (Status: body.GetProperty("status").GetString(), Position: body.TryGetProperty("position", out var p) && p.ValueKind == JsonValueKind.Number ? p.GetInt32() : (int?)null);
        }));

        Assert.Equal(seats, outcomes.Count(o => o.Status == "confirmed"));
        var positions = outcomes.Where(o => o.Status == "waitlisted").Select(o => o.Position ?? -1).Order().ToList();
        Assert.Equal(Enumerable.Range(1, volunteers - seats), positions);
        using var read = await platform.SendAsync(Callers.Coordinator, HttpMethod.Get, $"/api/events/{eventId}");
        var state = await read.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal((0, volunteers - seats), (state.GetProperty("seatsLeft").GetInt32(), state.GetProperty("waitlistLength").GetInt32()));
    }

    [Theory]
    [InlineData("offersdb")]
    [InlineData("volunteersdb")]
    [InlineData("eventsdb")]
    public async Task Relay_TwoInstancesOnOneDatabase_ExactlyOneHoldsTheRelay(string database)
    {
        // Two instances are connected to the database, one session holds the relay's advisory lock.
        await Eventually.HoldsAsync($"one relay for {database}", async () =>
            await platform.Platform.CountAsync(database, """
                SELECT count(*) FROM pg_locks l JOIN pg_stat_activity a ON a.pid = l.pid
                WHERE l.locktype = 'advisory' AND l.granted AND a.datname = current_database()
                  AND a.application_name LIKE '% outbox relay'
                """) == 1, TimeSpan.FromSeconds(10), TimeSpan.FromMilliseconds(200));
        // What a second relay would cause (a row published twice, dropped by an inbox) fails the
        // whole suite: PlatformFixture.DisposeAsync reads every instance's duplicate-delivery lines.
    }

    private static object OfferTitled(string word)
    {
        var offer = JsonSerializer.SerializeToNode(Scenario.Offer(word))!.AsObject();
        offer["title"] = $"Sprachcafé {word}";
        return offer;
    }

    /// <summary>Twenty searches at once for <paramref name="word"/>, each on a connection of its own; the totals found.</summary>
    private async Task<int[]> SearchEverywhereAsync(string word) =>
        await Task.WhenAll(Enumerable.Range(0, 20).Select(async _ =>
        {
            using var request = new HttpRequestMessage(HttpMethod.Get, new Uri($"/api/offers?q={word}", UriKind.Relative));
            request.Headers.ConnectionClose = true;
            using var response = await platform.Gateway.SendAsync(request);
            await response.ExpectAsync(HttpStatusCode.OK);
            return (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("total").GetInt32();
        }));
}
