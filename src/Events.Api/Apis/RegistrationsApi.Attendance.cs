using System.Security.Claims;
using Contracts.Events;
using Events.Api.Infrastructure;
using Events.Api.Model;
using Messaging.Outbox;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using ServiceDefaults.Api;

namespace Events.Api.Apis;

public static partial class RegistrationsApi
{
    public const int MaxAttendeesPerRequest = 1000;

    /// <summary>
    /// Records who attended. Attendees must hold a confirmed seat. For a training each new
    /// attendee yields one TrainingCompleted (recording the same person again yields none).
    /// </summary>
    public static async Task<Results<Ok<AttendanceResponse>, ValidationProblem, NotFound, ProblemHttpResult>> RecordAttendanceAsync(
        Guid id, AttendanceRequest request, ClaimsPrincipal user, EventsDbContext db, CancellationToken cancellationToken)
    {
        var errors = new ValidationErrors();
        var volunteerIds = request.VolunteerIds ?? [];
        errors.AddIf(volunteerIds.Count == 0, "volunteerIds", "volunteerIds must name at least one volunteer.")
            .AddIf(volunteerIds.Count > MaxAttendeesPerRequest, "volunteerIds", $"at most {MaxAttendeesPerRequest} volunteers per request.");
        if (!errors.IsValid)
        {
            return errors.ToProblem();
        }

        // The lock serialises concurrent recordings for the same event (one row per attendee).
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var e = await db.LockEventAsync(id, cancellationToken);
        if (e is null)
        {
            return TypedResults.NotFound();
        }

        if (!EventAccess.MayManage(user, e.Municipality))
        {
            return EventsApi.Forbidden(e.Municipality);
        }

        if (e.Status == EventStatus.Cancelled)
        {
            return EventsApi.Conflict("A cancelled event has no attendance.");
        }

        var distinct = volunteerIds.Distinct().ToList();
        var confirmed = await db.Registrations
            .Where(r => r.EventId == id && r.Status == RegistrationStatus.Confirmed && distinct.Contains(r.VolunteerId))
            .Select(r => r.VolunteerId)
            .ToListAsync(cancellationToken);
        for (var i = 0; i < volunteerIds.Count; i++)
        {
            errors.AddIf(!confirmed.Contains(volunteerIds[i]), $"volunteerIds[{i}]", "this volunteer holds no confirmed seat for the event.");
        }

        if (!errors.IsValid)
        {
            return errors.ToProblem();
        }

        var already = await db.Attendance
            .Where(a => a.EventId == id && distinct.Contains(a.VolunteerId))
            .Select(a => a.VolunteerId)
            .ToListAsync(cancellationToken);
        var now = DateTimeOffset.UtcNow;
        var recorded = distinct.Except(already).ToList();
        foreach (var volunteerId in recorded)
        {
            db.Attendance.Add(new Attendance { EventId = id, VolunteerId = volunteerId, RecordedAt = now });
            if (e.Type == EventType.Training)
            {
                db.AddIntegrationEvent(new TrainingCompletedIntegrationEvent(
                    id, volunteerId, e.Title, e.Qualification, DateOnly.FromDateTime(BerlinTime.ToLocal(e.Start).DateTime), now));
            }
        }

        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return TypedResults.Ok(new AttendanceResponse(recorded, already));
    }
}
