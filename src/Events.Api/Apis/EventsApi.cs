using System.Security.Claims;
using Events.Api.Infrastructure;
using Events.Api.Model;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using ServiceDefaults.Api;
using ServiceDefaults.Authentication;
using ServiceDefaults.Json;
using ReferenceData;

namespace Events.Api.Apis;

/// <summary>Events: reading (this file) and managing (EventsApi.Commands.cs).</summary>
public static partial class EventsApi
{
    public static IEndpointRouteBuilder MapEventsApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/events").WithTags("Events");
        // ProducesProblem lists the problems a handler returns as ProblemHttpResult, which the OpenAPI document cannot infer.
        api.MapGet("/", ListEventsAsync).AllowAnonymous()
            .WithName("ListEvents").WithSummary("Upcoming events (networking meetings, trainings, …) by time span, municipality and type; times local to Europe/Berlin.");
        api.MapGet("/{id:guid}", GetEventAsync).AllowAnonymous()
            .WithName("GetEvent").WithSummary("One event with seats left and the waiting list's length.");
        api.MapPost("/", CreateEventAsync).RequireAuthorization(PlatformPolicies.CoordinatorOrAdmin)
            .WithName("CreateEvent").WithSummary("Create an event (201 with Location and ETag).")
            .ProducesProblem(StatusCodes.Status403Forbidden);
        api.MapPut("/{id:guid}", UpdateEventAsync).RequireAuthorization(PlatformPolicies.CoordinatorOrAdmin)
            .WithName("UpdateEvent").WithSummary("Replace an event; If-Match with the ETag last read is required.")
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status409Conflict)
            .ProducesProblem(StatusCodes.Status412PreconditionFailed)
            .ProducesProblem(StatusCodes.Status428PreconditionRequired);
        api.MapPost("/{id:guid}/cancel", CancelEventAsync).RequireAuthorization(PlatformPolicies.CoordinatorOrAdmin)
            .WithName("CancelEvent").WithSummary("Cancel an event; registrations end and the calendar shows it cancelled.")
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status409Conflict)
            .ProducesProblem(StatusCodes.Status412PreconditionFailed);
        app.MapRegistrationsApi();
        app.MapCalendarApi();
        return app;
    }

    public static async Task<Results<Ok<PagedResult<EventResponse>>, ValidationProblem>> ListEventsAsync(
        ClaimsPrincipal user, EventsDbContext db, CountyProfile county, CancellationToken cancellationToken,
        string? from = null, string? to = null, string? municipality = null, string? type = null, int? page = null, int? pageSize = null)
    {
        var errors = new ValidationErrors();
        var paging = Paging.From(page, pageSize, errors);
        var fromTime = ParseTime(from, "from", errors);
        var toTime = ParseTime(to, "to", errors);
        errors.AddIf(municipality is not null && !county.IsMunicipality(municipality), "municipality", "unknown municipality.");
        EventType eventType = default;
        errors.AddIf(type is not null && !EventEnums.Types.TryGetValue(type, out eventType), "type",
            $"type must be one of: {string.Join(", ", EventEnums.Types.Keys)}.");
        if (!errors.IsValid)
        {
            return errors.ToProblem();
        }

        var audiences = EventAccess.VisibleAudiences(user);
        var query = db.Events.AsNoTracking().Where(e => audiences.Contains(e.Audience));
        if (fromTime is { } f)
        {
            query = query.Where(e => e.End >= f);
        }

        if (toTime is { } t)
        {
            query = query.Where(e => e.Start <= t);
        }

        if (municipality is not null)
        {
            query = query.Where(e => e.Municipality == municipality);
        }

        if (type is not null)
        {
            query = query.Where(e => e.Type == eventType);
        }

        var total = await query.CountAsync(cancellationToken);
        var events = await query.OrderBy(e => e.Start).ThenBy(e => e.Id).Skip(paging.Skip).Take(paging.PageSize).ToListAsync(cancellationToken);
        var confirmedFor = await ConfirmedEventIdsAsync(user, db, events.Select(e => e.Id).ToList(), cancellationToken);
        var now = DateTimeOffset.UtcNow;
        var items = events
            .Select(e => EventResponse.From(e, EventAccess.MayManage(user, e.Municipality) || confirmedFor.Contains(e.Id), now))
            .ToList();
        return TypedResults.Ok(new PagedResult<EventResponse>(items, paging.Page, paging.PageSize, total));
    }

    public static async Task<Results<Ok<EventResponse>, NotFound>> GetEventAsync(
        Guid id, ClaimsPrincipal user, EventsDbContext db, HttpResponse response, CancellationToken cancellationToken)
    {
        var e = await db.Events.AsNoTracking().SingleOrDefaultAsync(e => e.Id == id, cancellationToken);
        if (e is null || !EventAccess.CanSee(user, e))
        {
            return TypedResults.NotFound();
        }

        var confirmed = await ConfirmedEventIdsAsync(user, db, [e.Id], cancellationToken);
        ETags.Set(response, e.Version);
        return TypedResults.Ok(EventResponse.From(e, EventAccess.MayManage(user, e.Municipality) || confirmed.Contains(e.Id), DateTimeOffset.UtcNow));
    }

    /// <summary>The events among <paramref name="eventIds"/> where the caller holds a confirmed seat.</summary>
    internal static async Task<HashSet<Guid>> ConfirmedEventIdsAsync(
        ClaimsPrincipal user, EventsDbContext db, List<Guid> eventIds, CancellationToken cancellationToken)
    {
        var subject = user.Subject();
        if (!user.IsVolunteer() || subject is null || eventIds.Count == 0)
        {
            return [];
        }

        var ids = await db.Registrations
            .Where(r => eventIds.Contains(r.EventId) && r.Status == RegistrationStatus.Confirmed)
            .Join(db.KnownVolunteers.Where(v => v.Subject == subject), r => r.VolunteerId, v => v.VolunteerId, (r, _) => r.EventId)
            .ToListAsync(cancellationToken);
        return [.. ids];
    }

    private static DateTimeOffset? ParseTime(string? value, string field, ValidationErrors errors)
    {
        if (value is null)
        {
            return null;
        }

        if (IsoTimes.TryParse(value, out var utc))
        {
            return utc;
        }

        errors.Add(field, $"{field} {IsoTimes.Problem}");
        return null;
    }
}
