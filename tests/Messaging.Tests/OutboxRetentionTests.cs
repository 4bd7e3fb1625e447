using Contracts.Volunteers;
using Messaging.Inbox;
using Messaging.Outbox;
using Messaging.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using TestInfrastructure;

namespace Messaging.Tests;

/// <summary>
/// What the outbox and inbox keep, and for how long: sent rows and inbox rows go after their
/// retention, pending rows never; an erasure removes every row about the person. The hosts are
/// not started (no relay runs), so the rows stay exactly as the test wrote them.
/// </summary>
public sealed class OutboxRetentionTests(PostgresDatabaseFixture database, RabbitMqVirtualHostFixture virtualHost)
    : IClassFixture<PostgresDatabaseFixture>, IClassFixture<RabbitMqVirtualHostFixture>
{
    [Fact]
    public async Task Retention_RowsOlderThanItsLimit_AreDeletedAndPendingRowsStay()
    {
        using var host = MessagingHost.Create(database.ConnectionString, virtualHost.AmqpUri, "retention", new Dictionary<string, string?>
        {
            ["Messaging:Retention:SentOutbox"] = "01:00:00",
            ["Messaging:Retention:Inbox"] = "01:00:00",
        });
        var now = DateTimeOffset.UtcNow;
        var (oldSent, recentSent, oldPending) = (Guid.CreateVersion7(), Guid.CreateVersion7(), Guid.CreateVersion7());
        var (oldInbox, recentInbox) = (Guid.CreateVersion7(), Guid.CreateVersion7());
        await host.WithDbAsync(async db =>
        {
            await db.Database.EnsureCreatedAsync();
            db.Set<OutboxMessage>().AddRange(
                Row(oldSent, occurredAt: now.AddDays(-3), sentAt: now.AddHours(-2)),
                Row(recentSent, occurredAt: now.AddDays(-3), sentAt: now.AddMinutes(-10)),
                Row(oldPending, occurredAt: now.AddDays(-30), sentAt: null));
            db.Set<InboxMessage>().AddRange(
                new InboxMessage { MessageId = oldInbox, Consumer = "retention-test", ProcessedAt = now.AddHours(-2) },
                new InboxMessage { MessageId = recentInbox, Consumer = "retention-test", ProcessedAt = now.AddMinutes(-10) });
            return await db.SaveChangesAsync();
        });

        var retention = host.Services.GetServices<IHostedService>().Single(service => service.GetType().Name.StartsWith("MessageRetention", StringComparison.Ordinal));
        await retention.StartAsync(CancellationToken.None); // runs once at start, then every CleanupInterval

        await Eventually.HoldsAsync("the old sent outbox row and the old inbox row are deleted", () => host.WithDbAsync(async db =>
            !await db.Set<OutboxMessage>().AnyAsync(m => m.Id == oldSent) && !await db.Set<InboxMessage>().AnyAsync(m => m.MessageId == oldInbox)));
        await retention.StopAsync(CancellationToken.None);
        Assert.True(await host.WithDbAsync(db => db.Set<OutboxMessage>().AnyAsync(m => m.Id == recentSent)), "a recently sent row went too early");
        Assert.True(await host.WithDbAsync(db => db.Set<OutboxMessage>().AnyAsync(m => m.Id == oldPending)), "a pending row was deleted: it would never be sent");
        Assert.True(await host.WithDbAsync(db => db.Set<InboxMessage>().AnyAsync(m => m.MessageId == recentInbox)), "a recent inbox row went too early");
    }

    [Fact]
    public async Task RemoveIntegrationEventsAbout_APerson_RemovesTheirSentAndPendingRowsOnly()
    {
        using var host = MessagingHost.Create(database.ConnectionString, virtualHost.AmqpUri, "erasure");
        var (erased, other) = (Guid.NewGuid(), Guid.NewGuid());
        await host.WithDbAsync(async db =>
        {
            await db.Database.EnsureCreatedAsync();
            db.AddIntegrationEvent(new VolunteerRegisteredIntegrationEvent(erased, "sub-erased", "warendorf", "Erika M.", 1, DateTimeOffset.UtcNow));
            db.AddIntegrationEvent(new VolunteerUpdatedIntegrationEvent(erased, "sub-erased", "warendorf", "Erika Muster", 2, DateTimeOffset.UtcNow));
            db.AddIntegrationEvent(new VolunteerRegisteredIntegrationEvent(other, "sub-other", "ahlen", "Omar K.", 1, DateTimeOffset.UtcNow));
            await db.SaveChangesAsync();
            // One of the erased person's rows was sent already.
            var first = await db.Set<OutboxMessage>().OrderBy(m => m.Sequence).FirstAsync(m => EF.Functions.JsonContains(m.Payload, $$"""{"volunteerId":"{{erased}}"}"""));
            first.SentAt = DateTimeOffset.UtcNow;
            return await db.SaveChangesAsync();
        });

        var removed = await host.WithDbAsync(db => db.RemoveIntegrationEventsAboutAsync("volunteerId", erased, CancellationToken.None));

        Assert.Equal(2, removed);
        var payloads = await host.WithDbAsync(db => db.Set<OutboxMessage>().Select(m => m.Payload).ToListAsync());
        Assert.DoesNotContain(payloads, payload => payload.Contains(erased.ToString(), StringComparison.Ordinal) || payload.Contains("Erika", StringComparison.Ordinal));
        Assert.Contains(payloads, payload => payload.Contains(other.ToString(), StringComparison.Ordinal));
    }

    private static OutboxMessage Row(Guid id, DateTimeOffset occurredAt, DateTimeOffset? sentAt) => new()
    {
        Id = id,
        MessageType = "Contracts.Offers.OfferArchivedIntegrationEvent",
        Payload = $$"""{"offerId":"{{Guid.NewGuid()}}","version":1}""",
        OccurredAt = occurredAt,
        SentAt = sentAt,
    };
}
