using System.Diagnostics;
using System.Text.Json;
using Contracts;
using Microsoft.EntityFrameworkCore;

namespace Messaging.Outbox;

public static class OutboxDbContextExtensions
{
    internal static readonly JsonSerializerOptions PayloadJson = new(JsonSerializerDefaults.Web);

    /// <summary>
    /// Adds an integration event to the outbox of this context. Nothing is sent yet: the event
    /// is stored by the handler's single SaveChanges together with the state change, and the
    /// relay publishes it after commit. Handlers never publish directly.
    /// </summary>
    public static void AddIntegrationEvent<TEvent>(this DbContext db, TEvent integrationEvent)
        where TEvent : class, IIntegrationEvent
    {
        db.Set<OutboxMessage>().Add(new OutboxMessage
        {
            Id = Guid.CreateVersion7(),
            MessageType = IntegrationEventTypes.NameOf(typeof(TEvent)),
            Payload = JsonSerializer.Serialize(integrationEvent, PayloadJson),
            OccurredAt = DateTimeOffset.UtcNow,
            TraceParent = Activity.Current is { IdFormat: ActivityIdFormat.W3C } current ? current.Id : null,
            TraceState = Activity.Current?.TraceStateString,
        });
    }

    /// <summary>
    /// Removes every outbox row, sent or pending, whose event names <paramref name="id"/> in its
    /// <paramref name="property"/> (camelCase, as stored): for an erasure, so no payload about the
    /// person outlives them. Runs at once; call it inside the transaction of the erasure, whose
    /// own event (added afterwards) then supersedes what was pending.
    /// </summary>
    public static Task<int> RemoveIntegrationEventsAboutAsync(this DbContext db, string property, Guid id, CancellationToken cancellationToken)
    {
        var about = JsonSerializer.Serialize(new Dictionary<string, Guid> { [property] = id }, PayloadJson);
        return db.Set<OutboxMessage>().Where(m => EF.Functions.JsonContains(m.Payload, about)).ExecuteDeleteAsync(cancellationToken);
    }
}
