using System.Globalization;
using System.Text;
using Events.Api.Model;

namespace Events.Api.Calendar;

/// <summary>
/// Writes events as an RFC 5545 VCALENDAR by hand (no iCalendar package restores here). Times
/// are local to Europe/Berlin with its VTIMEZONE; UIDs are stable; SEQUENCE follows the event's
/// calendar sequence. The online link is never written: the feed is public, and api.md shows
/// onlineUrl only to confirmed participants and organisers.
/// </summary>
public static class ICalendarWriter
{
    public const string ProductId = "-//Integration.Aspire//Events//DE";
    public const string UidDomain = "integration-aspire";

    public static string Write(IEnumerable<Event> events, string calendarName)
    {
        var output = new StringBuilder(4096);
        Line(output, "BEGIN:VCALENDAR");
        Line(output, "VERSION:2.0");
        Line(output, "PRODID:" + ProductId);
        Line(output, "CALSCALE:GREGORIAN");
        Line(output, "METHOD:PUBLISH");
        Line(output, "X-WR-CALNAME:" + ContentLines.EscapeText(calendarName));
        Line(output, "X-WR-TIMEZONE:" + BerlinTime.ZoneId);
        WriteBerlinTimeZone(output);
        foreach (var e in events)
        {
            WriteEvent(output, e);
        }

        Line(output, "END:VCALENDAR");
        return output.ToString();
    }

    private static void WriteEvent(StringBuilder output, Event e)
    {
        Line(output, "BEGIN:VEVENT");
        Line(output, $"UID:{e.Id:D}@{UidDomain}");
        Line(output, "DTSTAMP:" + Utc(e.UpdatedAt));
        Line(output, "CREATED:" + Utc(e.CreatedAt));
        Line(output, "LAST-MODIFIED:" + Utc(e.UpdatedAt));
        Line(output, $"DTSTART;TZID={BerlinTime.ZoneId}:" + Local(e.Start));
        Line(output, $"DTEND;TZID={BerlinTime.ZoneId}:" + Local(e.End));
        Line(output, "SEQUENCE:" + e.CalendarSequence.ToString(CultureInfo.InvariantCulture));
        Line(output, "SUMMARY:" + ContentLines.EscapeText(e.Title));
        if (e.Description.Length > 0)
        {
            Line(output, "DESCRIPTION:" + ContentLines.EscapeText(e.Description));
        }

        var location = e.Address is { } a ? $"{a.Street}, {a.PostalCode} {a.City}" : e.Online ? "Online" : null;
        if (location is not null)
        {
            Line(output, "LOCATION:" + ContentLines.EscapeText(location));
        }

        Line(output, "CATEGORIES:" + EventEnums.NameOf(e.Type));
        Line(output, "ORGANIZER;CN=" + QuoteParameter(e.Organizer) + ":mailto:noreply@" + UidDomain + ".invalid");
        Line(output, "STATUS:" + (e.Status == EventStatus.Cancelled ? "CANCELLED" : "CONFIRMED"));
        Line(output, "END:VEVENT");
    }

    // Europe/Berlin since 1996: CEST from the last Sunday of March 02:00, CET from the last Sunday of October 03:00.
    private static void WriteBerlinTimeZone(StringBuilder output)
    {
        Line(output, "BEGIN:VTIMEZONE");
        Line(output, "TZID:" + BerlinTime.ZoneId);
        Line(output, "BEGIN:DAYLIGHT");
        Line(output, "TZOFFSETFROM:+0100");
        Line(output, "TZOFFSETTO:+0200");
        Line(output, "TZNAME:CEST");
        Line(output, "DTSTART:19700329T020000");
        Line(output, "RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU");
        Line(output, "END:DAYLIGHT");
        Line(output, "BEGIN:STANDARD");
        Line(output, "TZOFFSETFROM:+0200");
        Line(output, "TZOFFSETTO:+0100");
        Line(output, "TZNAME:CET");
        Line(output, "DTSTART:19701025T030000");
        Line(output, "RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU");
        Line(output, "END:STANDARD");
        Line(output, "END:VTIMEZONE");
    }

    private static void Line(StringBuilder output, string line) => ContentLines.AppendFolded(output, line);

    private static string Utc(DateTimeOffset value) => value.UtcDateTime.ToString("yyyyMMdd'T'HHmmss'Z'", CultureInfo.InvariantCulture);

    private static string Local(DateTimeOffset value) => BerlinTime.ToLocal(value).DateTime.ToString("yyyyMMdd'T'HHmmss", CultureInfo.InvariantCulture);

    // Parameter values cannot carry DQUOTE or control characters (RFC 5545 3.2); quote for ':', ';', ','.
    private static string QuoteParameter(string value) =>
        "\"" + new string(value.Where(c => c != '"' && !char.IsControl(c)).ToArray()) + "\"";
}
