using Contracts.Events;
using Contracts.Volunteers;
using Events.Api.Infrastructure;
using Events.Api.Model;
using MassTransit;
using Microsoft.EntityFrameworkCore;

namespace Events.Api.IntegrationEvents;

/// <summary>Answers the GDPR export request with the person's registrations and attendance.</summary>
public sealed class CollectPersonalDataConsumer(EventsDbContext db) : IConsumer<CollectPersonalData>
{
    public async Task Consume(ConsumeContext<CollectPersonalData> context)
    {
        var volunteerId = context.Message.VolunteerId;
        var cancellationToken = context.CancellationToken;
        var registrations = await db.Registrations.AsNoTracking()
            .Where(r => r.VolunteerId == volunteerId)
            .Join(db.Events, r => r.EventId, e => e.Id, (r, e) => new { Registration = r, e.Title, e.Start })
            .OrderBy(x => x.Start)
            .ToListAsync(cancellationToken);
        var registrationData = new List<EventRegistrationData>(registrations.Count);
        foreach (var x in registrations)
        {
            var position = await SeatAllocation.PositionAsync(db, x.Registration, cancellationToken);
            registrationData.Add(new EventRegistrationData(x.Registration.EventId, x.Title, BerlinTime.ToLocal(x.Start),
                EventEnums.NameOf(x.Registration.Status), position, x.Registration.RegisteredAt));
        }

        var attendance = await db.Attendance.AsNoTracking()
            .Where(a => a.VolunteerId == volunteerId)
            .Join(db.Events, a => a.EventId, e => e.Id, (a, e) => new { a.EventId, e.Title, e.Start })
            .OrderBy(x => x.Start)
            .ToListAsync(cancellationToken);
        var attendanceData = attendance
            .Select(x => new AttendanceData(x.EventId, x.Title, DateOnly.FromDateTime(BerlinTime.ToLocal(x.Start).DateTime)))
            .ToList();
        await context.RespondAsync(new EventsPersonalData(volunteerId, registrationData, attendanceData));
    }
}
