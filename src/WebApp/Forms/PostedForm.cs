using System.Globalization;

namespace WebApp.Forms;

/// <summary>Reading a posted form's fields the same way in every form model.</summary>
public static class PostedForm
{
    public static string Text(IFormCollection form, string name) => form[name].ToString().Trim();

    /// <summary>The non-empty values of a repeated field (checkboxes), each once.</summary>
    public static List<string> Values(IFormCollection form, string name) =>
        form[name].Where(v => !string.IsNullOrWhiteSpace(v)).Select(v => v!.Trim()).Distinct().ToList();

    public static string? Blank(string value) => value.Length == 0 ? null : value;

    public static bool AllBlank(params string[] values) => values.All(v => v.Length == 0);

    /// <summary>
    /// A count typed into a number field; anything that is not one is sent as -1, which the API
    /// names as invalid in its 400 (instead of the form guessing a number).
    /// </summary>
    public static int Count(string value) =>
        int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var count) ? count : -1;
}
