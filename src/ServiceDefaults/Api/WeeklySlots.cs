using Contracts.Schedules;

namespace ServiceDefaults.Api;

/// <summary>A weekly slot as requests and responses carry it: strings, so a bad value is a 400 naming the field.</summary>
public sealed record WeeklySlotDto(string? DayOfWeek, string? Start, string? End)
{
    public static WeeklySlotDto From(WeeklySlot slot) => new(slot.Day, slot.StartText, slot.EndText);
}

/// <summary>The validation of weekly slots, worded the same in every service.</summary>
public static class WeeklySlots
{
    public const string DayProblem = "dayOfWeek must be monday … sunday.";

    /// <summary>Checks each slot of <paramref name="field"/>; returns the valid ones parsed (all of them when there is no error).</summary>
    public static List<WeeklySlot> Validate(ValidationErrors errors, string field, List<WeeklySlotDto?>? slots, int maxSlots)
    {
        var parsed = new List<WeeklySlot>();
        errors.AddIf(slots?.Count > maxSlots, field, $"At most {maxSlots} slots.");
        for (var i = 0; i < (slots?.Count ?? 0); i++)
        {
            var slot = slots![i];
            var at = $"{field}[{i}]";
            var dayOk = WeeklySlot.TryParseDay(slot?.DayOfWeek, out var day);
            var startOk = WeeklySlot.TryParseTime(slot?.Start, out var start);
            var endOk = WeeklySlot.TryParseTime(slot?.End, out var end);
            errors.AddIf(!dayOk, $"{at}.dayOfWeek", DayProblem);
            errors.AddIf(!startOk, $"{at}.start", "start must be a time HH:mm.");
            errors.AddIf(!endOk, $"{at}.end", "end must be a time HH:mm.");
            errors.AddIf(startOk && endOk && end <= start, $"{at}.end", "end must be after start.");
            if (dayOk && startOk && endOk && end > start)
            {
                parsed.Add(new WeeklySlot(day, start, end));
            }
        }

        return parsed;
    }

    /// <summary>A <c>dayOfWeek</c> filter: null passes, anything else must be a day name.</summary>
    public static void ValidateDayFilter(ValidationErrors errors, string? dayOfWeek) =>
        errors.AddIf(dayOfWeek is not null && !WeeklySlot.TryParseDay(dayOfWeek, out _), "dayOfWeek", DayProblem);
}
