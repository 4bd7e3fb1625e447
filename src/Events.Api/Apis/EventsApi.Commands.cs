using System.Security.Claims;
using Contracts.Events;
using Events.Api.Infrastructure;
using Events.Api.Model;
using Messaging.Outbox;
using Microsoft.AspNetCore.Http.HttpResults;
using ServiceDefaults.Api;
using ReferenceData;

namespace Events.Api.Apis;

public static partial class EventsApi
{
    public static async Task<Results<Created<EventResponse>, ValidationProblem, ProblemHttpResult>> CreateEventAsync(
        EventRequest request, ClaimsPrincipal user, EventsDbContext db, CountyProfile county, HttpResponse response, CancellationToken cancellationToken)
    {
        var (valid, errors) = await EventValidation.ValidateAsync(request, county, db, cancellationToken);
        if (valid is null)
        {
            return errors.ToProblem();
        }

        if (!EventAccess.MayManage(user, valid.Municipality))
        {
            return Forbidden(valid.Municipality);
        }

        var now = DateTimeOffset.UtcNow;
        var e = new Event
        {
            Id = Guid.CreateVersion7(),
            Title = valid.Title,
            Description = valid.Description,
            Organizer = valid.Organizer,
            Status = EventStatus.Scheduled,
            Version = 1,
            CreatedAt = now,
            UpdatedAt = now,
        };
        Apply(e, valid);
        db.Events.Add(e);
        await db.SaveChangesAsync(cancellationToken);
        ETags.Set(response, e.Version);
        return TypedResults.Created($"/api/events/{e.Id}", EventResponse.From(e, showOnlineUrl: true, now));
    }

    public static async Task<Results<Ok<EventResponse>, ValidationProblem, NotFound, ProblemHttpResult>> UpdateEventAsync(
        Guid id, EventRequest request, ClaimsPrincipal user, EventsDbContext db, CountyProfile county,
        HttpRequest httpRequest, HttpResponse response, CancellationToken cancellationToken)
    {
        if (!ETags.HasIfMatch(httpRequest))
        {
            return Problems.PreconditionRequired("event");
        }

        var (valid, errors) = await EventValidation.ValidateAsync(request, county, db, cancellationToken);
        if (valid is null)
        {
            return errors.ToProblem();
        }

        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var e = await db.LockEventAsync(id, cancellationToken);
        if (e is null || !EventAccess.CanSee(user, e))
        {
            return TypedResults.NotFound();
        }

        if (!EventAccess.MayManage(user, e.Municipality) || !EventAccess.MayManage(user, valid.Municipality))
        {
            return Forbidden(e.Municipality);
        }

        if (!ETags.Matches(httpRequest, e.Version))
        {
            return Problems.PreconditionFailed("event");
        }

        if (e.Status == EventStatus.Cancelled)
        {
            return Conflict("A cancelled event cannot be edited.");
        }

        if (valid.Capacity < e.ConfirmedCount)
        {
            return Conflict($"capacity cannot drop below the {e.ConfirmedCount} confirmed registrations.");
        }

        var now = DateTimeOffset.UtcNow;
        var timeOrPlaceChanged = e.Start != valid.Start || e.End != valid.End || e.Address != valid.Address
            || e.Online != valid.Online || e.OnlineUrl != valid.OnlineUrl || e.Municipality != valid.Municipality;
        Apply(e, valid);
        e.Title = valid.Title;
        e.Description = valid.Description;
        e.Organizer = valid.Organizer;
        e.Version++;
        e.CalendarSequence += timeOrPlaceChanged ? 1 : 0;
        e.UpdatedAt = now;
        await SeatAllocation.ConfirmFromWaitlistAsync(db, e, now, cancellationToken); // more seats may free the waiting list
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        ETags.Set(response, e.Version);
        return TypedResults.Ok(EventResponse.From(e, showOnlineUrl: true, now));
    }

    public static async Task<Results<Ok<EventResponse>, NotFound, ProblemHttpResult>> CancelEventAsync(
        Guid id, ClaimsPrincipal user, EventsDbContext db, HttpRequest httpRequest, HttpResponse response, CancellationToken cancellationToken)
    {
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var e = await db.LockEventAsync(id, cancellationToken);
        if (e is null || !EventAccess.CanSee(user, e))
        {
            return TypedResults.NotFound();
        }

        if (!EventAccess.MayManage(user, e.Municipality))
        {
            return Forbidden(e.Municipality);
        }

        if (ETags.HasIfMatch(httpRequest) && !ETags.Matches(httpRequest, e.Version))
        {
            return Problems.PreconditionFailed("event");
        }

        var now = DateTimeOffset.UtcNow;
        if (e.Status == EventStatus.Scheduled)
        {
            if (e.End <= now)
            {
                return Conflict("The event is over; it cannot be cancelled any more.");
            }

            // Registrations stay: participants learn of the cancellation from EventCancelled.
            e.Status = EventStatus.Cancelled;
            e.Version++;
            e.CalendarSequence++;
            e.UpdatedAt = now;
            await db.SaveChangesAsync(cancellationToken);
            await transaction.CommitAsync(cancellationToken);
        }

        ETags.Set(response, e.Version);
        return TypedResults.Ok(EventResponse.From(e, showOnlineUrl: true, now));
    }

    private static void Apply(Event e, ValidEvent valid)
    {
        e.Type = valid.Type;
        e.Municipality = valid.Municipality;
        e.Address = valid.Address;
        e.Online = valid.Online;
        e.OnlineUrl = valid.OnlineUrl;
        e.Start = valid.Start;
        e.End = valid.End;
        e.Capacity = valid.Capacity;
        e.RegistrationDeadline = valid.RegistrationDeadline;
        e.Audience = valid.Audience;
        e.RelatedOfferId = valid.RelatedOfferId;
        e.Qualification = valid.Qualification;
    }

    internal static ProblemHttpResult Forbidden(string? municipality) => TypedResults.Problem(
        statusCode: StatusCodes.Status403Forbidden, title: "Not allowed.",
        detail: municipality is null
            ? "County-wide events (without municipality) are managed by admins only."
            : "Coordinators manage the events of their own municipality only.");

    internal static ProblemHttpResult Conflict(string detail) =>
        TypedResults.Problem(statusCode: StatusCodes.Status409Conflict, title: "The event does not allow this now.", detail: detail);
}
