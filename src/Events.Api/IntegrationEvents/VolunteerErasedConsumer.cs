using Contracts.Volunteers;
using Events.Api.Infrastructure;
using Events.Api.Model;
using MassTransit;
using Messaging.Inbox;
using Messaging.Outbox;
using Messaging.ReadModels;
using Microsoft.EntityFrameworkCore;

namespace Events.Api.IntegrationEvents;

/// <summary>
/// GDPR Art. 17: deletes the person's registrations (freed seats go to the waiting list at
/// once), attendance and outbox rows about the person, and leaves the read-model row a tombstone. Events are locked in id order
/// so two erasures cannot deadlock each other.
/// </summary>
public sealed class VolunteerErasedConsumer(EventsDbContext db) : IdempotentConsumer<VolunteerErasedIntegrationEvent, EventsDbContext>(db)
{
    protected override async Task HandleAsync(VolunteerErasedIntegrationEvent message, ConsumeContext<VolunteerErasedIntegrationEvent> context)
    {
        var cancellationToken = context.CancellationToken;
        var now = DateTimeOffset.UtcNow;
        var eventIds = await Db.Registrations.Where(r => r.VolunteerId == message.VolunteerId)
            .Select(r => r.EventId).OrderBy(id => id).ToListAsync(cancellationToken);
        foreach (var eventId in eventIds)
        {
            var e = await Db.LockEventAsync(eventId, cancellationToken);
            var registration = await Db.Registrations.SingleAsync(r => r.EventId == eventId && r.VolunteerId == message.VolunteerId, cancellationToken);
            await SeatAllocation.RemoveAsync(Db, e!, registration, now, cancellationToken);
        }

        // Events about the person still waiting in (or sent from) this context's outbox go too.
        await Db.RemoveIntegrationEventsAboutAsync("volunteerId", message.VolunteerId, cancellationToken);
        Db.Attendance.RemoveRange(await Db.Attendance.Where(a => a.VolunteerId == message.VolunteerId).ToListAsync(cancellationToken));
        await Db.KnownVolunteers.EraseAsync(message.VolunteerId, () => new KnownVolunteer { VolunteerId = message.VolunteerId }, volunteer =>
        {
            volunteer.Subject = null;
            volunteer.Municipality = "";
            volunteer.DisplayName = "";
        }, cancellationToken);
    }
}
