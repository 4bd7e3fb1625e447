using System.Globalization;
using WebApp.Forms;
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
        Title = PostedForm.Text(form, "title"), Description = PostedForm.Text(form, "description"), Type = PostedForm.Text(form, "type"), Organizer = PostedForm.Text(form, "organizer"),
        Municipality = PostedForm.Text(form, "municipality"), Street = PostedForm.Text(form, "address.street"), PostalCode = PostedForm.Text(form, "address.postalCode"),
        City = PostedForm.Text(form, "address.city"), Online = form.ContainsKey("online"), OnlineUrl = PostedForm.Text(form, "onlineUrl"), Date = PostedForm.Text(form, "date"),
        Start = PostedForm.Text(form, "start"), End = PostedForm.Text(form, "end"), Capacity = PostedForm.Text(form, "capacity"), Audience = PostedForm.Text(form, "audience"),
        Qualification = PostedForm.Text(form, "qualification"),
    };

    /// <summary>
    /// The body of POST /api/events. A date or time that is not one is sent as missing and a
    /// capacity that is not a number as -1: the API then names the field in its 400.
    /// </summary>
    public EventDraft ToDraft() => new()
    {
        Title = Title, Description = Description, Type = Type, Organizer = Organizer, Municipality = PostedForm.Blank(Municipality),
        Address = PostedForm.AllBlank(Street, PostalCode, City) ? null : new OfferAddress(PostedForm.Blank(Street), PostedForm.Blank(PostalCode), PostedForm.Blank(City)),
        Online = Online, OnlineUrl = PostedForm.Blank(OnlineUrl), Start = LocalTime(Date, Start), End = LocalTime(Date, End),
        Capacity = PostedForm.Count(Capacity), Audience = Audience, Qualification = PostedForm.Blank(Qualification),
    };

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
}
