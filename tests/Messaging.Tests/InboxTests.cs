using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using Contracts.Offers;
using MassTransit;
using Messaging.Inbox;
using Messaging.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using TestInfrastructure;

namespace Messaging.Tests;

public sealed class InboxTests : IClassFixture<PostgresDatabaseFixture>, IClassFixture<RabbitMqVirtualHostFixture>, IAsyncLifetime
{
    private readonly IHost _host;
    private readonly RabbitMqVirtualHostFixture _virtualHost;

    public InboxTests(PostgresDatabaseFixture database, RabbitMqVirtualHostFixture virtualHost)
    {
        _virtualHost = virtualHost;
        _host = MessagingHost.Create(database.ConnectionString, virtualHost.AmqpUri);
    }

    public Task InitializeAsync() => _host.StartAndWaitForBusAsync();

    public async Task DisposeAsync()
    {
        await _host.StopAsync();
        _host.Dispose();
    }

    [Fact]
    public async Task Consume_SameMessageDeliveredTwice_HasOneEffectAndTheSecondIsDroppedCleanly()
    {
        using var duplicates = MeterRecorder.InboxDuplicates();
        var bus = _host.Services.GetRequiredService<IBus>();
        var offerId = Guid.NewGuid();
        var messageId = NewId.NextGuid();
        var message = new OfferArchivedIntegrationEvent(offerId, 1, DateTimeOffset.UtcNow);

        await bus.Publish(message, context => context.MessageId = messageId);
        await bus.Publish(message, context => context.MessageId = messageId);
        // The consumer handles one message at a time, so once this later message shows, both
        // copies of the duplicate have been handled.
        var sentinel = Guid.NewGuid();
        await bus.Publish(new OfferArchivedIntegrationEvent(sentinel, 1, DateTimeOffset.UtcNow));

        await Eventually.HoldsAsync("the sentinel message was consumed", () => _host.WithDbAsync(db => db.Tallies.AnyAsync(t => t.Key == sentinel.ToString())), TimeSpan.FromSeconds(20));
        var count = await _host.WithDbAsync(db => db.Tallies.Where(t => t.Key == offerId.ToString()).Select(t => t.Count).SingleAsync());
        Assert.Equal(1, count);
        var inboxRows = await _host.WithDbAsync(db => db.Set<InboxMessage>().CountAsync(m => m.MessageId == messageId));
        Assert.Equal(1, inboxRows);
        // Dropped by the inbox's check, not by a failing insert (that would retry, then land in _error).
        Assert.Equal(["TallyConsumer"], duplicates.Values);
    }

    [Fact]
    public async Task Consume_WhenHandlerKeepsFailing_MovesMessageToErrorQueue()
    {
        var bus = _host.Services.GetRequiredService<IBus>();
        var poisonId = Guid.Parse("ffffffff-" + Guid.NewGuid().ToString()[9..]);

        await bus.Publish(new OfferArchivedIntegrationEvent(poisonId, 1, DateTimeOffset.UtcNow));

        // Retries take 100+500+1000+2000+5000 ms; then MassTransit moves the message to _error.
        await Eventually.HoldsAsync("the poison message reached the _error queue", async () => await ErrorQueueDepthAsync() > 0, TimeSpan.FromSeconds(40));
        var effects = await _host.WithDbAsync(db => db.Tallies.CountAsync(t => t.Key == poisonId.ToString()));
        Assert.Equal(0, effects);
    }

    private async Task<int> ErrorQueueDepthAsync()
    {
        using var http = new HttpClient();
        var uri = _virtualHost.AmqpUri;
        var credentials = Convert.ToBase64String(Encoding.UTF8.GetBytes(Uri.UnescapeDataString(uri.UserInfo)));
        http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Basic", credentials);
        var vhost = Uri.EscapeDataString(_virtualHost.VirtualHost);
        var queue = "messaging-tests-tally_error";
        var broker = await TestServers.GetRabbitMqAsync();
        using var response = await http.GetAsync(new Uri($"http://127.0.0.1:{broker.ManagementPort}/api/queues/{vhost}/{queue}"));
        if (!response.IsSuccessStatusCode)
        {
            return 0;
        }

        var body = await response.Content.ReadFromJsonAsync<QueueInfo>();
        return body?.Messages ?? 0;
    }

    private sealed record QueueInfo(int Messages);
}
