using Contracts.Volunteers;
using Events.Api.Infrastructure;
using Events.Api.Model;
using MassTransit;
using Messaging.Inbox;
using Messaging.ReadModels;

namespace Events.Api.IntegrationEvents;

/// <summary>Keeps <see cref="KnownVolunteer"/> (newer versions only, never over a tombstone; see <see cref="ReadModel"/>).</summary>
internal static class VolunteerReadModel
{
    public static Task UpsertAsync(
        EventsDbContext db, Guid volunteerId, string subject, string municipality, string displayName, long version, CancellationToken cancellationToken) =>
        db.KnownVolunteers.ApplyIfNewerAsync(volunteerId, version, () => new KnownVolunteer { VolunteerId = volunteerId }, volunteer =>
        {
            volunteer.Subject = subject;
            volunteer.Municipality = municipality;
            volunteer.DisplayName = displayName;
        }, cancellationToken);
}

public sealed class VolunteerRegisteredConsumer(EventsDbContext db) : IdempotentConsumer<VolunteerRegisteredIntegrationEvent, EventsDbContext>(db)
{
    protected override Task HandleAsync(VolunteerRegisteredIntegrationEvent message, ConsumeContext<VolunteerRegisteredIntegrationEvent> context) =>
        VolunteerReadModel.UpsertAsync(Db, message.VolunteerId, message.Subject, message.Municipality, message.DisplayName, message.Version, context.CancellationToken);
}

public sealed class VolunteerUpdatedConsumer(EventsDbContext db) : IdempotentConsumer<VolunteerUpdatedIntegrationEvent, EventsDbContext>(db)
{
    protected override Task HandleAsync(VolunteerUpdatedIntegrationEvent message, ConsumeContext<VolunteerUpdatedIntegrationEvent> context) =>
        VolunteerReadModel.UpsertAsync(Db, message.VolunteerId, message.Subject, message.Municipality, message.DisplayName, message.Version, context.CancellationToken);
}
