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
}
