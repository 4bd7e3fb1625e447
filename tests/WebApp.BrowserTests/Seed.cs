namespace WebApp.BrowserTests;

/// <summary>Valid request bodies of api.md for the scenarios; every title is unique to its run.</summary>
internal static class Seed
{
    public static string Unique(string text) => $"{text} {Guid.NewGuid().ToString("N")[..5]}";

    public static object Offer(string title, string municipality, string city, string postalCode, string category = "language",
        IReadOnlyDictionary<string, object>? translations = null, string day = "wednesday") => new
    {
        title,
        summary = "Deutsch sprechen in entspannter Runde",
        description = "Jede Woche treffen sich Menschen aus aller Welt zum Gespräch. Keine Anmeldung nötig.",
        category,
        tags = new[] { "Deutsch üben" },
        provider = new { name = "Caritas", type = "welfare" },
        municipality,
        address = new { street = "Marktplatz 1", postalCode, city },
        online = false,
        targetGroups = new[] { "adults", "newcomers" },
        languages = new[] { "de", "ar" },
        schedule = new[] { new { dayOfWeek = day, start = "15:00", end = "17:00" } },
        cost = new { free = true },
        contact = new { name = "Integrationsbüro", phone = "02521 29-0" },
        helpersNeeded = 1,
        translations,
    };

    public static object Volunteer(string firstName, string municipality, params string[] roles) => new
    {
        firstName,
        lastName = "Beispiel",
        email = $"{firstName.ToLowerInvariant()}.{Guid.NewGuid().ToString("N")[..6]}@example.org",
        municipality,
        languages = new[] { new { code = "de", level = "native" } },
        skills = new[] { "accompaniment" },
        availability = new[] { new { dayOfWeek = "wednesday", start = "14:00", end = "18:00" } },
        roles = roles.Length == 0 ? ["volunteer"] : roles,
        consent = new { version = "2026-01", givenAt = DateTimeOffset.UtcNow.AddMinutes(-1) },
    };

    public static object Event(string title, string type, int capacity, string audience = "volunteers")
    {
        var start = new DateTimeOffset(DateTime.UtcNow.Date.AddDays(30).AddHours(16), TimeSpan.Zero);
        return new
        {
            title = Unique(title),
            description = "Für Ehrenamtliche in der Integrationsarbeit.",
            type,
            organizer = "Kommunales Integrationszentrum",
            municipality = "warendorf",
            address = new { street = "Waldenburger Straße 2", postalCode = "48231", city = "Warendorf" },
            online = false,
            start,
            end = start.AddHours(3),
            capacity,
            audience,
            qualification = type == "training" ? "Sprachbegleitung Grundkurs" : null,
        };
    }
}
