using WebApp.Forms;
using WebApp.Gateway;

namespace WebApp.Volunteering;

/// <summary>
/// The volunteer's profile form as the browser sends it (input names are the API's field paths).
/// Consent is given by ticking the box on registration, with the version of the text shown.
/// </summary>
public sealed record VolunteerForm
{
    /// <summary>The version of the consent text on the registration page; stored with the consent.</summary>
    public const string ConsentVersion = "webapp-2026-12";

    public const int LanguageRows = 3;
    public const int AvailabilityRows = 3;

    public static readonly string[] Skills =
        ["accompaniment", "language-support", "interpreting", "childcare", "tutoring", "listening", "driving", "digital-help", "other"];

    public static readonly string[] Levels = ["basic", "good", "fluent", "native"];

    public string FirstName { get; init; } = "";
    public string LastName { get; init; } = "";
    public string Email { get; init; } = "";
    public string Phone { get; init; } = "";
    public string Municipality { get; init; } = "";
    public IReadOnlyList<LanguageLevel> Languages { get; init; } = [new("de", "native")];
    public IReadOnlyList<string> SelectedSkills { get; init; } = [];
    public IReadOnlyList<WeeklySlot> Availability { get; init; } = [];
    public bool RegionalHelper { get; init; }
    public bool ConsentGiven { get; init; }

    public static VolunteerForm From(VolunteerProfile profile) => new()
    {
        FirstName = profile.FirstName, LastName = profile.LastName, Email = profile.Email, Phone = profile.Phone ?? "",
        Municipality = profile.Municipality, Languages = profile.Languages, SelectedSkills = profile.Skills,
        Availability = profile.Availability, RegionalHelper = profile.Roles.Contains("regional-helper"), ConsentGiven = true,
    };

    public static VolunteerForm From(IFormCollection form) => new()
    {
        FirstName = PostedForm.Text(form, "firstName"), LastName = PostedForm.Text(form, "lastName"), Email = PostedForm.Text(form, "email"), Phone = PostedForm.Text(form, "phone"),
        Municipality = PostedForm.Text(form, "municipality"),
        Languages = Enumerable.Range(0, LanguageRows)
            .Select(i => new LanguageLevel(PostedForm.Text(form, $"languages[{i}].code"), PostedForm.Text(form, $"languages[{i}].level")))
            .Where(l => l.Code.Length > 0)
            .ToList(),
        SelectedSkills = form["skills"].Where(s => !string.IsNullOrWhiteSpace(s)).Select(s => s!).Distinct().ToList(),
        Availability = Enumerable.Range(0, AvailabilityRows)
            .Select(i => new WeeklySlot(PostedForm.Text(form, $"availability[{i}].dayOfWeek"), PostedForm.Text(form, $"availability[{i}].start"), PostedForm.Text(form, $"availability[{i}].end")))
            .Where(slot => slot.DayOfWeek.Length > 0 || slot.Start.Length > 0 || slot.End.Length > 0)
            .ToList(),
        RegionalHelper = form.ContainsKey("regionalHelper"),
        ConsentGiven = form.ContainsKey("consent"),
    };

    /// <param name="keptConsent">On profile changes: the consent given at registration, unchanged.</param>
    public VolunteerDraft ToDraft(Consent? keptConsent, DateTimeOffset now) => new()
    {
        FirstName = FirstName, LastName = LastName, Email = Email, Phone = PostedForm.Blank(Phone), Municipality = Municipality,
        Languages = Languages, Skills = SelectedSkills, Availability = Availability,
        Roles = RegionalHelper ? ["volunteer", "regional-helper"] : ["volunteer"],
        Consent = keptConsent ?? (ConsentGiven ? new Consent(ConsentVersion, now) : null),
    };
}
