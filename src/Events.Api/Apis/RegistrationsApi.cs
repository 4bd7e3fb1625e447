using System.Security.Claims;
using Events.Api.Infrastructure;
using Events.Api.Model;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using ServiceDefaults.Api;
using ServiceDefaults.Authentication;

namespace Events.Api.Apis;

/// <summary>Registrations of volunteers for events, with the waiting list (attendance: RegistrationsApi.Attendance.cs).</summary>
public static partial class RegistrationsApi
{
    public static IEndpointRouteBuilder MapRegistrationsApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/events/{id:guid}");
        api.MapPost("/registrations", RegisterAsync).RequireAuthorization(PlatformPolicies.Volunteer);
        api.MapDelete("/registrations/me", UnregisterAsync).RequireAuthorization(PlatformPolicies.Volunteer);
        api.MapGet("/registrations", ListRegistrationsAsync).RequireAuthorization(PlatformPolicies.CoordinatorOrAdmin);
        api.MapPost("/attendance", RecordAttendanceAsync).RequireAuthorization(PlatformPolicies.CoordinatorOrAdmin);
        return app;
    }

    public static async Task<Results<Created<RegistrationResponse>, Ok<RegistrationResponse>, NotFound, ProblemHttpResult>> RegisterAsync(
        Guid id, ClaimsPrincipal user, EventsDbContext db, CancellationToken cancellationToken)
    {
        var volunteer = await FindVolunteerAsync(user, db, cancellationToken);
        if (volunteer is null)
        {
            return UnknownVolunteer();
        }

        // The row lock serialises registrations per event: counters and rows change together.
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var e = await db.LockEventAsync(id, cancellationToken);
        if (e is null || !EventAccess.CanSee(user, e))
        {
            return TypedResults.NotFound();
        }

        var existing = await db.Registrations.SingleOrDefaultAsync(r => r.EventId == id && r.VolunteerId == volunteer.VolunteerId, cancellationToken);
        if (existing is not null)
        {
            return TypedResults.Ok(new RegistrationResponse(existing.Status, await SeatAllocation.PositionAsync(db, existing, cancellationToken)));
        }

        var now = DateTimeOffset.UtcNow;
        if (RegistrationClosedReason(e, now) is { } reason)
        {
            return EventsApi.Conflict(reason);
        }

        var registration = SeatAllocation.Register(db, e, volunteer.VolunteerId, now);
        int? position = registration.Status == RegistrationStatus.Waitlisted ? e.WaitlistCount : null;
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return TypedResults.Created($"/api/events/{id}/registrations/me", new RegistrationResponse(registration.Status, position));
    }

    public static async Task<Results<NoContent, NotFound, ProblemHttpResult>> UnregisterAsync(
        Guid id, ClaimsPrincipal user, EventsDbContext db, CancellationToken cancellationToken)
    {
        var volunteer = await FindVolunteerAsync(user, db, cancellationToken);
        if (volunteer is null)
        {
            return UnknownVolunteer();
        }

        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var e = await db.LockEventAsync(id, cancellationToken);
        var registration = e is null ? null
            : await db.Registrations.SingleOrDefaultAsync(r => r.EventId == id && r.VolunteerId == volunteer.VolunteerId, cancellationToken);
        if (e is null || registration is null)
        {
            return TypedResults.NotFound();
        }

        await SeatAllocation.RemoveAsync(db, e, registration, DateTimeOffset.UtcNow, cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return TypedResults.NoContent();
    }

    public static async Task<Results<Ok<PagedResult<RegistrationEntry>>, ValidationProblem, NotFound, ProblemHttpResult>> ListRegistrationsAsync(
        Guid id, ClaimsPrincipal user, EventsDbContext db, CancellationToken cancellationToken, int? page = null, int? pageSize = null)
    {
        var errors = new ValidationErrors();
        var paging = Paging.From(page, pageSize, errors);
        if (!errors.IsValid)
        {
            return errors.ToProblem();
        }

        var e = await db.Events.AsNoTracking().SingleOrDefaultAsync(e => e.Id == id, cancellationToken);
        if (e is null)
        {
            return TypedResults.NotFound();
        }

        if (!EventAccess.MayManage(user, e.Municipality))
        {
            return EventsApi.Forbidden(e.Municipality);
        }

        // Confirmed first, then the waiting list in order of arrival.
        var rows = await db.Registrations.AsNoTracking()
            .Where(r => r.EventId == id)
            .OrderBy(r => r.Status == RegistrationStatus.Confirmed ? 0 : 1).ThenBy(r => r.Number)
            .Skip(paging.Skip).Take(paging.PageSize)
            .ToListAsync(cancellationToken);
        var volunteerIds = rows.Select(r => r.VolunteerId).ToList();
        var names = await db.KnownVolunteers.AsNoTracking()
            .Where(v => volunteerIds.Contains(v.VolunteerId))
            .ToDictionaryAsync(v => v.VolunteerId, v => v.DisplayName, cancellationToken);
        var waitlistBefore = Math.Max(paging.Skip - e.ConfirmedCount, 0);
        var items = rows.Select(r => new RegistrationEntry(
                r.VolunteerId, names.GetValueOrDefault(r.VolunteerId), r.Status,
                r.Status == RegistrationStatus.Waitlisted ? ++waitlistBefore : null,
                BerlinTime.ToLocal(r.RegisteredAt), BerlinTime.ToLocal(r.ConfirmedAt)))
            .ToList();
        var total = e.ConfirmedCount + e.WaitlistCount;
        return TypedResults.Ok(new PagedResult<RegistrationEntry>(items, paging.Page, paging.PageSize, total));
    }

    private static string? RegistrationClosedReason(Event e, DateTimeOffset now) =>
        e.Status == EventStatus.Cancelled ? "The event is cancelled."
        : e.Start <= now ? "The event has already begun."
        : e.RegistrationDeadline is { } deadline && deadline < now ? "The registration deadline has passed."
        : null;

    private static Task<KnownVolunteer?> FindVolunteerAsync(ClaimsPrincipal user, EventsDbContext db, CancellationToken cancellationToken)
    {
        var subject = user.Subject();
        return subject is null
            ? Task.FromResult<KnownVolunteer?>(null)
            : db.KnownVolunteers.AsNoTracking().SingleOrDefaultAsync(v => v.Subject == subject, cancellationToken);
    }

    private static ProblemHttpResult UnknownVolunteer() => TypedResults.Problem(
        statusCode: StatusCodes.Status403Forbidden, title: "Not a registered volunteer.",
        detail: "Register your volunteer profile first (POST /api/volunteers); events accept registrations from registered volunteers only.");
}
