using System.Globalization;

namespace WebApp.Components.Shared;

/// <summary>
/// How the API's codes read in the person's language, from .NET's own culture data (day and
/// language names in every supported language, no translation tables of our own).
/// </summary>
public static class Display
{
    public static readonly string[] Days = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"];

    /// <summary>Languages offered in the filters: German and the most asked-for in the county.</summary>
    public static readonly string[] FilterLanguages = ["de", "en", "ar", "uk", "ru", "fa", "tr", "ku", "ti", "fr", "ro", "pl", "sq", "so"];

    public static string DayName(string day) =>
        Enum.TryParse<DayOfWeek>(day, ignoreCase: true, out var parsed) ? CultureInfo.CurrentUICulture.DateTimeFormat.GetDayName(parsed) : day;

    public static string LanguageName(string code)
    {
        try
        {
            var culture = CultureInfo.GetCultureInfo(code);
            return culture.EnglishName == code || culture.ThreeLetterISOLanguageName.Length == 0 ? code : culture.NativeName;
        }
        catch (CultureNotFoundException)
        {
            return code;
        }
    }

    public static string Slot(Gateway.WeeklySlot slot) => $"{DayName(slot.DayOfWeek)} {slot.Start}–{slot.End}";

    public static string Name(IEnumerable<Gateway.ReferenceItem> items, string id) => items.FirstOrDefault(i => i.Id == id)?.Name ?? id;

    public static string Date(DateTimeOffset time) => time.ToString("f", CultureInfo.CurrentUICulture);
}
