using Events.Api.Calendar;
using Events.Api.Infrastructure;
using Events.Api.Model;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using ServiceDefaults.Api;
using ReferenceData;

namespace Events.Api.Apis;

/// <summary>The public iCalendar feed (RFC 5545) of scheduled and cancelled public events.</summary>
public static class CalendarApi
{
    public const string ContentType = "text/calendar; charset=utf-8";

    public static IEndpointRouteBuilder MapCalendarApi(this IEndpointRouteBuilder app)
    {
        app.MapGet("/api/events/calendar.ics", GetCalendarAsync).AllowAnonymous()
            .WithName("GetEventsCalendar").WithSummary("An RFC 5545 calendar of scheduled and cancelled public events, to subscribe to.").WithTags("Events");
        return app;
    }

    public static async Task<Results<FileContentHttpResult, ValidationProblem>> GetCalendarAsync(
        EventsDbContext db, CalendarFeedCache cache, CountyProfile county, CancellationToken cancellationToken, string? municipality = null, string? type = null)
    {
        var errors = new ValidationErrors();
        errors.AddIf(municipality is not null && !county.IsMunicipality(municipality), "municipality", "unknown municipality.");
        EventType eventType = default;
        errors.AddIf(type is not null && !EventEnums.Types.TryGetValue(type, out eventType), "type",
            $"type must be one of: {string.Join(", ", EventEnums.Types.Keys)}.");
        if (!errors.IsValid)
        {
            return errors.ToProblem();
        }

        var query = db.Events.AsNoTracking().Where(e => e.Audience == EventAudience.Public);
        if (municipality is not null)
        {
            query = query.Where(e => e.Municipality == municipality);
        }

        if (type is not null)
        {
            query = query.Where(e => e.Type == eventType);
        }

        var stamp = new FeedStamp(
            await query.CountAsync(cancellationToken),
            await query.MaxAsync(e => (DateTimeOffset?)e.UpdatedAt, cancellationToken));
        var name = municipality is null ? county.Name : $"{county.Name}: {county.FindMunicipality(municipality)!.Name}";
        var body = await cache.GetOrBuildAsync(municipality, type is null ? null : eventType, stamp, async () =>
        {
            // Only the columns the feed writes: a third of the row, read without entity materialisation.
            var events = await query.OrderBy(e => e.Start).ThenBy(e => e.Id)
                .Select(e => new Event
                {
                    Id = e.Id, Title = e.Title, Description = e.Description, Type = e.Type, Organizer = e.Organizer,
                    Address = e.Address, Online = e.Online, Start = e.Start, End = e.End, Status = e.Status,
                    CalendarSequence = e.CalendarSequence, CreatedAt = e.CreatedAt, UpdatedAt = e.UpdatedAt,
                })
                .ToListAsync(cancellationToken);
            return ICalendarWriter.Write(events, "Veranstaltungen " + name);
        });
        return TypedResults.File(body, ContentType);
    }
}
