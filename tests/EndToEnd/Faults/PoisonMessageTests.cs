using System.Diagnostics;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using Aspire.Hosting.Testing;
using Contracts.Offers;
using MassTransit;
using Xunit.Abstractions;

namespace EndToEnd.Faults;

/// <summary>
/// Issue 11, item 5: a message no consumer can handle (an offer event without its offer) is
/// retried, then parked in the consumer's <c>_error</c> queue while other messages flow on; the
/// documented replay command (docs/operations.md) puts it back into the consumer's queue.
/// </summary>
[Collection(OperatedPlatformCollection.Name)]
public sealed class PoisonMessageTests(OperatedPlatformFixture platform, ITestOutputHelper output)
{
    [Fact]
    public async Task PoisonMessage_IsRetriedThenParkedInErrorQueue_OthersFlowOn_AndTheDocumentedCommandReplaysIt()
    {
        await platform.EnsureWholeAsync();
        var broker = new Uri(await platform.Platform.GetConnectionStringAsync("messaging"));
        using var management = ManagementClient(broker);
        var poisonId = NewId.NextGuid();

        await PublishAsync(broker, new OfferPublishedIntegrationEvent(null!, DateTimeOffset.UtcNow), poisonId);
        var errorQueue = "";
        await Eventually.HoldsAsync("the poison message in volunteers' _error queue", async () =>
        {
            errorQueue = await VolunteersErrorQueueAsync(management) ?? "";
            return errorQueue.Length > 0 && await MessagesInAsync(management, errorQueue) == 1;
        }, TimeSpan.FromSeconds(60), TimeSpan.FromMilliseconds(250));
        var parked = await PeekAsync(management, errorQueue) ?? throw new InvalidOperationException($"{errorQueue} is empty");
        Assert.Equal(poisonId.ToString(), parked.GetProperty("properties").GetProperty("message_id").GetString());
        var headers = parked.GetProperty("properties").GetProperty("headers");
        // MassTransit's retry policy (5 intervals, MessagingExtensions) ran before it gave up.
        var retries = headers.GetProperty("MT-Fault-RetryCount").GetInt32();
        output.WriteLine($"parked in {errorQueue} after {retries} retries");
        Assert.True(retries >= 1, $"parked after {retries} retries");
        var firstFault = headers.GetProperty("MT-Fault-Timestamp").GetString();

        // The rest flows on: an offer published after the poison reaches Volunteers.
        var healthy = await platform.CreateDraftOfferAsync("after-poison");
        await platform.PublishOfferAsync(healthy);
        await Eventually.HoldsAsync("the offer published after the poison known to Volunteers", async () =>
            await platform.CountAsync("volunteersdb", "SELECT count(*) FROM known_offers WHERE offer_id = @id", ("id", healthy)) == 1, TimeSpan.FromSeconds(30));

        var replay = await ReplayAsync(broker, errorQueue);
        output.WriteLine($"replay: {replay}");
        Assert.Contains($"replayed 1 messages from {errorQueue}", replay, StringComparison.Ordinal);
        // The cause is not fixed here (the message itself is broken), so the replayed message is
        // consumed again, retried again and parked again: a second fault, later than the first.
        await Eventually.HoldsAsync("the replayed message consumed and parked again", async () =>
            await PeekAsync(management, errorQueue) is { } again
            && again.GetProperty("properties").GetProperty("headers").GetProperty("MT-Fault-Timestamp").GetString() != firstFault,
            TimeSpan.FromSeconds(60), TimeSpan.FromMilliseconds(250));
        // The management API refreshes queue totals every few seconds.
        await Eventually.HoldsAsync("nothing left in the consumer's own queue", async () =>
            await MessagesInAsync(management, errorQueue[..^"_error".Length]) == 0, TimeSpan.FromSeconds(15), TimeSpan.FromMilliseconds(250));
    }

    /// <summary>The test's own MassTransit bus on the platform's broker, as a misbehaving publisher would be.</summary>
    private static async Task PublishAsync(Uri broker, OfferPublishedIntegrationEvent message, Guid messageId)
    {
        var credentials = broker.UserInfo.Split(':');
        var bus = Bus.Factory.CreateUsingRabbitMq(rabbit => rabbit.Host(broker.Host, (ushort)broker.Port, "/", host =>
        {
            host.Username(Uri.UnescapeDataString(credentials[0]));
            host.Password(Uri.UnescapeDataString(credentials[1]));
        }));
        await bus.StartAsync();
        try
        {
            await bus.Publish(message, context => context.MessageId = messageId);
        }
        finally
        {
            await bus.StopAsync();
        }
    }

    /// <summary>Runs the replay command exactly as docs/operations.md gives it.</summary>
    private async Task<string> ReplayAsync(Uri broker, string errorQueue)
    {
        var credentials = broker.UserInfo.Split(':');
        var start = new ProcessStartInfo("bash", [Path.Combine(RepositoryFolders.Root(), "tools", "replay-error-queue.sh"), errorQueue])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        start.Environment["RABBITMQ_MANAGEMENT_URL"] = ManagementAddress().ToString().TrimEnd('/');
        start.Environment["RABBITMQ_USER"] = Uri.UnescapeDataString(credentials[0]);
        start.Environment["RABBITMQ_PASSWORD"] = Uri.UnescapeDataString(credentials[1]);
        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        Assert.True(process.ExitCode == 0, $"replay-error-queue.sh exited {process.ExitCode}: {await stderr}");
        return await stdout;
    }

    private Uri ManagementAddress() => platform.Platform.App.GetEndpoint("messaging", "management");

    private HttpClient ManagementClient(Uri broker)
    {
        var client = new HttpClient { BaseAddress = ManagementAddress() };
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Basic",
            Convert.ToBase64String(Encoding.UTF8.GetBytes(Uri.UnescapeDataString(broker.UserInfo))));
        return client;
    }

    private static async Task<string?> VolunteersErrorQueueAsync(HttpClient management)
    {
        var queues = JsonDocument.Parse(await management.GetStringAsync(new Uri("/api/queues/%2F?columns=name", UriKind.Relative))).RootElement;
        return queues.EnumerateArray().Select(q => q.GetProperty("name").GetString()!)
            .FirstOrDefault(name => name.StartsWith("volunteers", StringComparison.Ordinal) && name.EndsWith("offer-published_error", StringComparison.Ordinal));
    }

    private static async Task<long> MessagesInAsync(HttpClient management, string queue)
    {
        var info = JsonDocument.Parse(await management.GetStringAsync(new Uri($"/api/queues/%2F/{Uri.EscapeDataString(queue)}", UriKind.Relative))).RootElement;
        // The totals are refreshed every few seconds; ready + unacknowledged is what the queue holds.
        return info.TryGetProperty("messages", out var messages) && messages.ValueKind == JsonValueKind.Number ? messages.GetInt64() : -1;
    }

    /// <summary>The first message of <paramref name="queue"/>, left in place (requeued); null while it is empty.</summary>
    private static async Task<JsonElement?> PeekAsync(HttpClient management, string queue)
    {
        using var response = await management.PostAsync(new Uri($"/api/queues/%2F/{Uri.EscapeDataString(queue)}/get", UriKind.Relative),
            new StringContent("""{"count":1,"ackmode":"reject_requeue_true","encoding":"auto"}""", Encoding.UTF8, "application/json"));
        response.EnsureSuccessStatusCode();
        var messages = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
        return messages.GetArrayLength() == 0 ? null : messages[0];
    }
}
