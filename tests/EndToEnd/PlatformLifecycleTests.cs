using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Npgsql;
using Xunit.Abstractions;

namespace EndToEnd;

/// <summary>
/// The whole platform as a user runs it: the AppHost starts PostgreSQL, RabbitMQ, the three
/// services and the gateway; an offer published through the gateway reaches the other contexts
/// over the broker; Ctrl+C stops everything and leaves no process behind.
/// </summary>
public sealed class PlatformLifecycleTests(ITestOutputHelper output)
{
    private static readonly TimeSpan StartTimeout = TimeSpan.FromMinutes(4);

    [Fact]
    public async Task AppHost_PublishOfferThroughGateway_ReachesEveryContextAndStopsCleanly()
    {
        await using var appHost = AppHostProcess.Start();
        try
        {
            await appHost.WaitUntilGatewayHealthyAsync(StartTimeout);
            using var gateway = new HttpClient { BaseAddress = appHost.GatewayAddress, Timeout = TimeSpan.FromSeconds(30) };

            var token = await GetDevelopmentTokenAsync(gateway);
            gateway.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
            var offerId = await CreateAndPublishOfferAsync(gateway);

            gateway.DefaultRequestHeaders.Authorization = null;
            var listed = await gateway.GetFromJsonAsync<JsonElement>("/api/offers?municipality=warendorf&pageSize=100");
            Assert.Contains(listed.GetProperty("items").EnumerateArray(), o => o.GetProperty("id").GetGuid() == offerId);

            await WaitForRowAsync(appHost, "volunteersdb", "SELECT count(*) FROM offers WHERE id = @id", offerId);
            await WaitForRowAsync(appHost, "eventsdb", "SELECT count(*) FROM known_offers WHERE offer_id = @id", offerId);

            var started = ProcessTree.StartedBy(appHost.Pid);
            output.WriteLine($"processes started by the AppHost: {started.Count}");
            Assert.Contains(started, p => p.Command.Contains("postgres", StringComparison.Ordinal));
            Assert.Contains(started, p => p.Command.Contains("beam.smp", StringComparison.Ordinal) || p.Command.Contains("rabbit", StringComparison.Ordinal));
            Assert.Contains(started, p => p.Command.Contains("Gateway.dll", StringComparison.Ordinal));

            var stopping = System.Diagnostics.Stopwatch.StartNew();
            appHost.Interrupt();

            var left = ProcessTree.StillRunning(started);
            while (left.Count > 0 && stopping.Elapsed < TimeSpan.FromSeconds(15))
            {
                await Task.Delay(200);
                left = ProcessTree.StillRunning(started);
            }

            output.WriteLine($"everything stopped after {stopping.Elapsed.TotalSeconds:0.0} s");
            Assert.True(left.Count == 0, "left running 15 s after Ctrl+C: " + string.Join("; ", left.Select(p => $"{p.Pid} {p.Command}")));
            // The root can already be a zombie (exited, counted as gone above) before this process
            // has reaped it, which is when HasExited turns true: wait for that, briefly.
            Assert.True(appHost.WaitForExit(TimeSpan.FromSeconds(5)), "the AppHost's own process had not exited");
        }
        finally
        {
            output.WriteLine(appHost.Tail(120));
        }
    }

    private static async Task<string> GetDevelopmentTokenAsync(HttpClient gateway)
    {
        using var response = await gateway.PostAsJsonAsync("/dev/tokens",
            new { role = "coordinator", municipality = "warendorf", sub = "e2e-coordinator" });
        response.EnsureSuccessStatusCode();
        return (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("accessToken").GetString()!;
    }

    private static async Task<Guid> CreateAndPublishOfferAsync(HttpClient gateway)
    {
        using var created = await gateway.PostAsJsonAsync("/api/offers", new
        {
            title = "Sprachcafé im Rathaus " + Guid.NewGuid().ToString("N")[..6],
            summary = "Deutsch üben in entspannter Runde",
            description = "Jeden Dienstag treffen sich Neuzugewanderte und Ehrenamtliche zum Sprechen.",
            category = "language",
            tags = new[] { "sprachcafé" },
            provider = new { name = "Stadt Warendorf", type = "municipality" },
            municipality = "warendorf",
            address = new { street = "Lange Kesselstraße 4", postalCode = "48231", city = "Warendorf" },
            location = new { lat = 51.9535, lon = 7.9935 },
            online = false,
            targetGroups = new[] { "adults", "newcomers" },
            languages = new[] { "de", "ar" },
            schedule = new[] { new { dayOfWeek = "tuesday", start = "16:00", end = "18:00" } },
            cost = new { free = true },
            contact = new { name = "Integrationsbüro", phone = "02581 54-0", email = "integration@warendorf.de" },
            helpersNeeded = 2,
        });
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var offerId = (await created.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();

        using var published = await gateway.PostAsync(new Uri($"/api/offers/{offerId}/publish", UriKind.Relative), null);
        Assert.Equal(HttpStatusCode.OK, published.StatusCode);
        return offerId;
    }

    private static async Task WaitForRowAsync(AppHostProcess appHost, string database, string sql, Guid id)
    {
        var connectionString = $"Host=127.0.0.1;Port={appHost.PostgresPort};Username=postgres;Password=postgres;Database={database}";
        var deadline = DateTime.UtcNow.AddSeconds(60);
        while (true)
        {
            await using (var connection = new NpgsqlConnection(connectionString))
            {
                await connection.OpenAsync();
                await using var command = new NpgsqlCommand(sql, connection);
                command.Parameters.AddWithValue("id", id);
                if ((long)(await command.ExecuteScalarAsync())! > 0)
                {
                    return;
                }
            }

            Assert.True(DateTime.UtcNow < deadline, $"offer {id} did not reach {database} within 60 s");
            await Task.Delay(250);
        }
    }
}
