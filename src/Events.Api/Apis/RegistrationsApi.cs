using System.Security.Claims;
using System.Text.Json;
using Contracts.Events;
using Events.Api.Infrastructure;
using Events.Api.Model;
using Messaging.Outbox;
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
        var api = app.MapGroup("/api/events/{id:guid}").WithTags("Events");
        api.MapPost("/registrations", RegisterAsync).RequireAuthorization(PlatformPolicies.Volunteer)
            .WithName("RegisterForEvent").WithSummary("Register the caller: confirmed while seats are left, else waitlisted with a position.")
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status409Conflict);
        api.MapDelete("/registrations/me", UnregisterAsync).RequireAuthorization(PlatformPolicies.Volunteer)
            .WithName("WithdrawFromEvent").WithSummary("Withdraw the caller's registration; the first on the waiting list gets the seat at once.")
            .ProducesProblem(StatusCodes.Status403Forbidden);
        api.MapGet("/registrations", ListRegistrationsAsync).RequireAuthorization(PlatformPolicies.CoordinatorOrAdmin)
            .WithName("ListEventRegistrations").WithSummary("The registrations of an event, confirmed and waitlisted.")
            .ProducesProblem(StatusCodes.Status403Forbidden);
        api.MapPost("/attendance", RecordAttendanceAsync).RequireAuthorization(PlatformPolicies.CoordinatorOrAdmin)
            .WithName("RecordEventAttendance").WithSummary("Record who attended; for a training each attendee gains its qualification.")
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status409Conflict);
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

        var e = await db.Events.AsNoTracking().SingleOrDefaultAsync(e => e.Id == id, cancellationToken);
        if (e is null || !EventAccess.CanSee(user, e))
        {
            return TypedResults.NotFound();
        }

        // Lock, checks, seat or waiting list in one round trip (see RegistrationFunction).
        var now = DateTimeOffset.UtcNow;
        var outcome = (await db.Database.SqlQuery<RegistrationOutcome>(
                $"SELECT * FROM events_register({id}, {volunteer.VolunteerId}, {Guid.CreateVersion7()}, {now})")
            .ToListAsync(cancellationToken)).Single();
        if (outcome.Status is null)
        {
            return outcome.Reason == "not-found" ? TypedResults.NotFound() : EventsApi.Conflict(ClosedReasons[outcome.Reason!]);
        }

        var status = Enum.Parse<RegistrationStatus>(outcome.Status);
        if (!outcome.Created)
        {
            return TypedResults.Ok(new RegistrationResponse(status, outcome.Position));
        }

        return TypedResults.Created($"/api/events/{id}/registrations/me", new RegistrationResponse(status, outcome.Position));
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

    // The relay reads outbox payloads with the web defaults (camelCase), as AddIntegrationEvent writes them.

    private static readonly Dictionary<string, string> ClosedReasons = new(StringComparer.Ordinal)
    {
        ["cancelled"] = "The event is cancelled.",
        ["begun"] = "The event has already begun.",
        ["deadline"] = "The registration deadline has passed.",
    };

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
