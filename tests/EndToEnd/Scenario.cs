namespace EndToEnd;

/// <summary>Valid request bodies of api.md, so a test's status reflects who calls, not what is sent.</summary>
internal static class Scenario
{
    public static object Offer(string label) => new
    {
        title = $"Sprachpatenschaft Warendorf ({label}) {Guid.NewGuid().ToString("N")[..6]}",
        summary = "Ehrenamtliche begleiten Neuzugewanderte beim Deutschlernen",
        description = "Einmal pro Woche treffen sich Tandems zum Sprechen und Üben.",
        category = "language",
        tags = new[] { "tandem" },
        provider = new { name = "Caritas Ahlen", type = "welfare" },
        municipality = "warendorf",
        address = new { street = "Freckenhorster Straße 43", postalCode = "48231", city = "Warendorf" },
        location = new { lat = 51.951, lon = 7.99 },
        online = false,
        targetGroups = new[] { "adults", "newcomers" },
        languages = new[] { "de", "ar" },
        schedule = new[] { new { dayOfWeek = "tuesday", start = "16:00", end = "18:00" } },
        cost = new { free = true },
        contact = new { name = "Fachdienst Integration", phone = "02382 893-0" },
        helpersNeeded = 2,
    };

    public static object Volunteer(string firstName, string municipality) => new
    {
        firstName,
        lastName = "Muster",
        email = $"{firstName.ToLowerInvariant()}@example.org",
        phone = "02581 939414",
        municipality,
        languages = new[] { new { code = "de", level = "native" }, new { code = "ar", level = "good" } },
        skills = new[] { "language-support", "accompaniment" },
        availability = new[] { new { dayOfWeek = "tuesday", start = "15:00", end = "19:00" } },
        roles = new[] { "volunteer" },
        consent = new { version = "2026-01", givenAt = DateTimeOffset.UtcNow.AddMinutes(-1) },
    };

    public static object Training(string municipality = "warendorf", int capacity = 10) => Event(
        "Grundkurs Sprachbegleitung", "training", municipality, "volunteers", "Sprachbegleitung Grundkurs", capacity);

    public static object PublicEvent(string title, string? municipality = "warendorf", string audience = "public") =>
        Event(title, "encounter", municipality, audience, null, capacity: 10);

    private static object Event(string title, string type, string? municipality, string audience, string? qualification, int capacity)
    {
        var start = new DateTimeOffset(DateTime.UtcNow.Date.AddDays(40).AddHours(16), TimeSpan.Zero);
        return new
        {
            title = $"{title} {Guid.NewGuid().ToString("N")[..6]}",
            description = "Für alle, die sich in der Integrationsarbeit engagieren.",
            type,
            organizer = "Kommunales Integrationszentrum",
            municipality,
            address = new { street = "Waldenburger Straße 2", postalCode = "48231", city = "Warendorf" },
            online = false,
            start,
            end = start.AddHours(3),
            capacity,
            registrationDeadline = start.AddDays(-1),
            audience,
            qualification,
        };
    }
}
