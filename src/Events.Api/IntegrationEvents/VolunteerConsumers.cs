using Contracts.Volunteers;
using Events.Api.Infrastructure;
using Events.Api.Model;
using MassTransit;
using Messaging.Inbox;

namespace Events.Api.IntegrationEvents;

/// <summary>Keeps the read model of volunteers (subject → volunteer id); older versions are ignored.</summary>
internal static class VolunteerReadModel
{
    public static async Task UpsertAsync(
        EventsDbContext db, Guid volunteerId, string subject, string municipality, string displayName, long version, CancellationToken cancellationToken)
    {
        var volunteer = await db.KnownVolunteers.FindAsync([volunteerId], cancellationToken);
        if (volunteer is null)
        {
            db.KnownVolunteers.Add(new KnownVolunteer
            {
                VolunteerId = volunteerId, Subject = subject, Municipality = municipality, DisplayName = displayName, Version = version,
            });
            return;
        }

        if (volunteer.Version >= version)
        {
            return;
        }

        volunteer.Subject = subject;
        volunteer.Municipality = municipality;
        volunteer.DisplayName = displayName;
        volunteer.Version = version;
    }
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
