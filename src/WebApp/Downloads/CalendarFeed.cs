using WebApp.Gateway;

namespace WebApp.Downloads;

public static class CalendarFeed
{
    /// <summary>
    /// <c>GET /events/calendar.ics?municipality=&amp;type=</c>: the county's event calendar (api.md,
    /// <c>GET /api/events/calendar.ics</c>) under the web app's own address, so the subscription
    /// link works for people who only reach the web app. Only the two filters of the API are
    /// passed on.
    /// </summary>
    public static void MapCalendarEndpoint(this WebApplication app) =>
        app.MapGet("/events/calendar.ics", GetCalendarAsync);

    private static async Task<IResult> GetCalendarAsync(string? municipality, string? type, EventsClient events, HttpContext context)
    {
        var (status, body) = await events.CalendarAsync(municipality, type, context.RequestAborted);
        return status == StatusCodes.Status200OK
            ? TypedResults.Text(body, "text/calendar; charset=utf-8")
            : TypedResults.Problem(statusCode: status == StatusCodes.Status400BadRequest ? 400 : 503, title: "The calendar is not available.");
    }
}
