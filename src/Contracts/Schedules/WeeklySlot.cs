using System.Globalization;

namespace Contracts.Schedules;

/// <summary>
/// A weekly time slot (an offer's opening hours, a volunteer's availability), times local to
/// Europe/Berlin: the one shape messages carry, and the one reading of the API's wire format,
/// <c>dayOfWeek</c> <c>monday</c>…<c>sunday</c> and times <c>HH:mm</c>.
/// </summary>
public sealed record WeeklySlot(DayOfWeek DayOfWeek, TimeOnly Start, TimeOnly End)
{
    /// <summary>The wire names of the days, Monday first (as the week runs in Germany).</summary>
    public static readonly IReadOnlyList<string> DayNames = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"];

    public static bool TryParseDay(string? value, out DayOfWeek day)
    {
        var index = value is null ? -1 : DayNames.ToList().IndexOf(value);
        day = index < 0 ? default : (DayOfWeek)((index + 1) % 7);
        return index >= 0;
    }

    public static bool TryParseTime(string? value, out TimeOnly time) =>
        TimeOnly.TryParseExact(value, "HH:mm", CultureInfo.InvariantCulture, DateTimeStyles.None, out time);

    /// <summary>A slot from its wire form, when the day and both times are valid and it ends after it starts.</summary>
    public static WeeklySlot? Parse(string? day, string? start, string? end) =>
        TryParseDay(day, out var d) && TryParseTime(start, out var s) && TryParseTime(end, out var e) && e > s ? new WeeklySlot(d, s, e) : null;

    public static string DayName(DayOfWeek day) => DayNames[((int)day + 6) % 7];

    public static string TimeText(TimeOnly time) => time.ToString("HH:mm", CultureInfo.InvariantCulture);

    public string Day => DayName(DayOfWeek);

    public string StartText => TimeText(Start);

    public string EndText => TimeText(End);

    /// <summary>Minutes since Monday 00:00 of the start and the end: the unit schedules are compared in.</summary>
    public (int Start, int End) WeekMinutes => (MinutesOfWeek(DayOfWeek, Start), MinutesOfWeek(DayOfWeek, End));

    public static int MinutesOfWeek(DayOfWeek day, TimeOnly time) => ((int)day + 6) % 7 * 1440 + time.Hour * 60 + time.Minute;

    /// <summary>The day of a minute-of-week value, as its wire name.</summary>
    public static string DayNameOfMinute(int minutesOfWeek) => DayNames[minutesOfWeek / 1440 % 7];
}
