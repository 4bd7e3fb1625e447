using Contracts.Events;
using MassTransit;
using Messaging.Inbox;
using Microsoft.EntityFrameworkCore;
using Volunteers.Api.Infrastructure;
using Volunteers.Api.Model;

namespace Volunteers.Api.IntegrationEvents;

/// <summary>
/// Adds the qualification a training certifies to the attendee's profile. The inbox absorbs a
/// redelivery; a second message for the same event (attendance recorded twice) is absorbed by the
/// check on the event id. A volunteer erased meanwhile is simply gone: nothing to add.
/// </summary>
public sealed class TrainingCompletedConsumer(VolunteersDbContext db)
    : IdempotentConsumer<TrainingCompletedIntegrationEvent, VolunteersDbContext>(db)
{
    protected override async Task HandleAsync(TrainingCompletedIntegrationEvent message, ConsumeContext<TrainingCompletedIntegrationEvent> context)
    {
        var volunteer = await Db.Volunteers.SingleOrDefaultAsync(v => v.Id == message.VolunteerId, context.CancellationToken);
        if (volunteer is null || volunteer.Qualifications.Exists(q => q.EventId == message.EventId))
        {
            return;
        }

        var title = string.IsNullOrWhiteSpace(message.Qualification) ? message.Title : message.Qualification;
        volunteer.Qualifications = [.. volunteer.Qualifications, new Qualification(message.EventId, title, message.CompletedOn)];
        volunteer.Touch(DateTimeOffset.UtcNow);
    }
}
