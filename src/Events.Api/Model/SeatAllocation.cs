using Contracts.Events;
using Events.Api.Infrastructure;
using Messaging.Outbox;
using Microsoft.EntityFrameworkCore;

namespace Events.Api.Model;

/// <summary>
/// Seats and the waiting list of one event. Every method expects the event's row to be locked
/// (<see cref="EventsDbContext.LockEventAsync"/>) in the current transaction, so counters and
/// rows change together and capacity is never exceeded. New registrations go through the
/// <c>events_register</c> database function (RegistrationFunction), under the same lock.
/// </summary>
public static class SeatAllocation
{
    /// <summary>Removes a registration; a freed seat goes to the first on the waiting list at once.</summary>
    public static async Task RemoveAsync(EventsDbContext db, Event e, Registration registration, DateTimeOffset now, CancellationToken cancellationToken)
    {
        db.Registrations.Remove(registration);
        if (registration.Status == RegistrationStatus.Confirmed)
        {
            e.ConfirmedCount--;
        }
        else
        {
            e.WaitlistCount--;
        }

        await ConfirmFromWaitlistAsync(db, e, now, cancellationToken);
    }

    /// <summary>Confirms the first waiting registrations while seats are free (not for cancelled or past events).</summary>
    public static async Task ConfirmFromWaitlistAsync(EventsDbContext db, Event e, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var free = e.Capacity - e.ConfirmedCount;
        if (free <= 0 || e.WaitlistCount <= 0 || e.Status != EventStatus.Scheduled || e.Start <= now)
        {
            return;
        }

        var removed = db.ChangeTracker.Entries<Registration>()
            .Where(entry => entry.State == EntityState.Deleted)
            .Select(entry => entry.Entity.Id)
            .ToList();
        var next = await db.Registrations
            .Where(r => r.EventId == e.Id && r.Status == RegistrationStatus.Waitlisted && !removed.Contains(r.Id))
            .OrderBy(r => r.Number)
            .Take(free)
            .ToListAsync(cancellationToken);
        foreach (var registration in next)
        {
            e.WaitlistCount--;
            Confirm(db, e, registration, now);
        }
    }

    /// <summary>1-based place on the waiting list, or null for a confirmed seat.</summary>
    public static async Task<int?> PositionAsync(EventsDbContext db, Registration registration, CancellationToken cancellationToken) =>
        registration.Status == RegistrationStatus.Confirmed
            ? null
            : await db.Registrations.CountAsync(
                r => r.EventId == registration.EventId && r.Status == RegistrationStatus.Waitlisted && r.Number < registration.Number,
                cancellationToken) + 1;

    private static void Confirm(EventsDbContext db, Event e, Registration registration, DateTimeOffset now)
    {
        registration.Status = RegistrationStatus.Confirmed;
        registration.ConfirmedAt = now;
        e.ConfirmedCount++;
    }
}
