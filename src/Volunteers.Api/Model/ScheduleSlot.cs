using Contracts.Schedules;

namespace Volunteers.Api.Model;

/// <summary>
/// A weekly slot as this context stores it, in a volunteer's availability and in a known offer's
/// schedule: the API's wire form (day name, HH:mm), written only from a valid
/// <see cref="WeeklySlot"/>, so it always reads back as one.
/// </summary>
public sealed record ScheduleSlot(string DayOfWeek, string Start, string End)
{
    public static ScheduleSlot From(WeeklySlot slot) => new(slot.Day, slot.StartText, slot.EndText);

    public WeeklySlot ToWeeklySlot() =>
        WeeklySlot.Parse(DayOfWeek, Start, End) ?? throw new InvalidOperationException($"Stored slot {DayOfWeek} {Start}-{End} is not valid.");
}
