using System.Globalization;
using WebApp.Gateway;

namespace WebApp.Coordination;

/// <summary>
/// The new-event form as the browser sends it. Dates and times are typed in Europe/Berlin (the
/// county's local time, as api.md says of event times) and sent with that zone's offset.
/// </summary>
public sealed record EventForm
{
    private static readonly TimeZoneInfo Berlin = TimeZoneInfo.FindSystemTimeZoneById("Europe/Berlin");

    public string Title { get; init; } = "";
    public string Description { get; init; } = "";
    public string Type { get; init; } = "networking";
    public string Organizer { get; init; } = "";
    public string Municipality { get; init; } = "";
    public string Street { get; init; } = "";
    public string PostalCode { get; init; } = "";
    public string City { get; init; } = "";
    public bool Online { get; init; }
    public string OnlineUrl { get; init; } = "";
    public string Date { get; init; } = "";
    public string Start { get; init; } = "";
    public string End { get; init; } = "";
    public string Capacity { get; init; } = "20";
    public string Audience { get; init; } = "volunteers";
    public string Qualification { get; init; } = "";

    public static EventForm From(IFormCollection form) => new()
    {
        Title = Text(form, "title"), Description = Text(form, "description"), Type = Text(form, "type"), Organizer = Text(form, "organizer"),
        Municipality = Text(form, "municipality"), Street = Text(form, "address.street"), PostalCode = Text(form, "address.postalCode"),
        City = Text(form, "address.city"), Online = form.ContainsKey("online"), OnlineUrl = Text(form, "onlineUrl"), Date = Text(form, "date"),
        Start = Text(form, "start"), End = Text(form, "end"), Capacity = Text(form, "capacity"), Audience = Text(form, "audience"),
        Qualification = Text(form, "qualification"),
    };

    /// <summary>
    /// The body of POST /api/events. A date or time that is not one is sent as missing and a
    /// capacity that is not a number as 0: the API then names the field in its 400.
    /// </summary>
    public EventDraft ToDraft() => new(
        Title, Description, Type, Organizer, Blank(Municipality),
        Street.Length + PostalCode.Length + City.Length == 0 ? null : new OfferAddress(Blank(Street), Blank(PostalCode), Blank(City)),
        Online, Blank(OnlineUrl), LocalTime(Date, Start), LocalTime(Date, End),
        int.TryParse(Capacity, NumberStyles.None, CultureInfo.InvariantCulture, out var capacity) ? capacity : 0,
        null, Audience, Blank(Qualification));

    public static DateTimeOffset? LocalTime(string date, string time)
    {
        if (!DateOnly.TryParseExact(date, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day)
            || !TimeOnly.TryParseExact(time, "HH:mm", CultureInfo.InvariantCulture, DateTimeStyles.None, out var clock))
        {
            return null;
        }

        var local = day.ToDateTime(clock, DateTimeKind.Unspecified);
        return new DateTimeOffset(local, Berlin.GetUtcOffset(local));
    }

    private static string Text(IFormCollection form, string name) => form[name].ToString().Trim();

    private static string? Blank(string value) => value.Length == 0 ? null : value;
}
