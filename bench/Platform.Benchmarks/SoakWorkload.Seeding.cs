using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using TestSupport;

namespace Platform.Benchmarks;

/// <summary>The soak's callers and data, seeded through the public API before the load starts.</summary>
internal sealed partial class SoakWorkload
{
    private static readonly string[] FirstNames = ["Amina", "Jonas", "Olena", "Mehmet", "Sara", "Lukas", "Fatima", "Dmytro", "Leonie", "Yusuf", "Marta", "Hassan", "Anna", "Karim", "Sophie"];
    private static readonly string[] LastNames = ["Schulte", "Yilmaz", "Kowalenko", "Hoffmann", "Haddad", "Brinkmann", "Nowak", "Rahimi", "Wessels", "Osman"];
    private static readonly string[] OtherLanguages = ["ar", "uk", "ru", "tr", "fa", "ku", "ti", "en"];


    public async Task SeedAsync(int volunteers, Random random)
    {
        _municipalities = [.. (await GetJsonAsync("/api/municipalities")).EnumerateArray().Select(m => m.GetProperty("id").GetString()!)];
        _categories = [.. (await GetJsonAsync("/api/categories")).EnumerateArray().Select(c => c.GetProperty("id").GetString()!)];

        var admin = await TokenAsync(new { role = "admin", sub = "soak-admin" });
        using (var demo = await SendAsync(HttpMethod.Post, "/api/offers/demo-data", admin))
        {
            demo.EnsureSuccessStatusCode();
        }

        _editors.Add(new Editor(await TokenAsync(new { role = "coordinator", municipality = "warendorf", sub = "soak-coordinator-warendorf" }), ["warendorf"], null));
        _editors.Add(new Editor(await TokenAsync(new { role = "coordinator", municipality = "ahlen", sub = "soak-coordinator-ahlen" }), ["ahlen"], null));
        _editors.Add(new Editor(await TokenAsync(new { role = "provider", org = "caritas-ahlen", sub = "soak-provider-caritas" }), ["ahlen", "beckum", "oelde"],
            new { name = "Caritasverband im Kreis Warendorf", type = "welfare" }));

        // Six published offers per editor: the ones the mix edits with If-Match from the first second.
        foreach (var editor in _editors)
        {
            for (var i = 0; i < 6; i++)
            {
                var offer = NewOffer(editor, random);
                using var created = await SendAsync(HttpMethod.Post, "/api/offers", editor.Token, offer.Body());
                created.EnsureSuccessStatusCode();
                offer.Id = (await created.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();
                using var published = await SendAsync(HttpMethod.Post, $"/api/offers/{offer.Id}/publish", editor.Token);
                published.EnsureSuccessStatusCode();
                offer.Version = VersionOf(published);
                _editableOffers.Add(offer);
            }
        }

        for (var page = 1; ; page++)
        {
            var result = await GetJsonAsync($"/api/offers?pageSize=100&page={page}");
            _publishedOffers.AddRange(result.GetProperty("items").EnumerateArray().Select(o => o.GetProperty("id").GetGuid()));
            if (_publishedOffers.Count >= result.GetProperty("total").GetInt32())
            {
                break;
            }
        }

        // Four public events with few seats, so registrations fill them and waiting lists move.
        var today = DateTime.UtcNow.Date;
        (Editor By, string Municipality, string Title, string Type, int Capacity, int InDays)[] events =
        [
            (_editors[0], "warendorf", "Netzwerktreffen Ehrenamt Nordkreis", "networking", 20, 14),
            (_editors[0], "warendorf", "Schulung: Begleitung zu Behörden", "training", 12, 21),
            (_editors[0], "warendorf", "Selbstfürsorge für Ehrenamtliche", "self-care", 15, 28),
            (_editors[1], "ahlen", "Infoabend: Ehrenamt in der Flüchtlingshilfe", "information", 25, 35),
        ];
        foreach (var e in events)
        {
            var day = today.AddDays(e.InDays);
            var start = new DateTimeOffset(day.Year, day.Month, day.Day, 18, 0, 0, TimeSpan.FromHours(1));
            using var response = await SendAsync(HttpMethod.Post, "/api/events", e.By.Token, new
            {
                title = e.Title,
                description = "Für Ehrenamtliche und Hauptamtliche aus dem Kreis. Anmeldung erbeten.",
                type = e.Type,
                organizer = "Kommunales Integrationszentrum Kreis Warendorf",
                municipality = e.Municipality,
                address = new { street = "Waldenburger Straße 2", postalCode = "48231", city = "Warendorf" },
                online = false,
                start,
                end = start.AddHours(2),
                capacity = e.Capacity,
                registrationDeadline = start.AddDays(-1),
                audience = "public",
                qualification = e.Type == "training" ? "Begleitung zu Behörden (Grundlagen)" : null,
            });
            response.EnsureSuccessStatusCode();
            _events.Add((await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid());
        }

        for (var i = 0; i < volunteers; i++)
        {
            var volunteer = new Volunteer(
                await TokenAsync(new { role = "volunteer", sub = $"soak-volunteer-{i:000}" }),
                FirstNames[i % FirstNames.Length], LastNames[i % LastNames.Length], $"soak-volunteer-{i:000}@example.org",
                _municipalities[random.Next(_municipalities.Length)],
                OtherLanguages[random.Next(OtherLanguages.Length)]);
            using var response = await SendAsync(HttpMethod.Post, "/api/volunteers", volunteer.Token, volunteer.Profile(random, withConsent: true));
            response.EnsureSuccessStatusCode();
            volunteer.ETag = response.Headers.ETag!.Tag;
            _volunteers.Add(volunteer);
        }

        // Every volunteer registers for one event; Events learns of a volunteer from the
        // VolunteerRegistered integration event, and answers 403 until then.
        foreach (var volunteer in _volunteers)
        {
            var eventId = _events[random.Next(_events.Count)];
            await Eventually.HoldsAsync("the Events service knows the volunteer", async () =>
            {
                using var response = await SendAsync(HttpMethod.Post, $"/api/events/{eventId}/registrations", volunteer.Token);
                if (response.StatusCode == HttpStatusCode.Forbidden)
                {
                    return false;
                }

                response.EnsureSuccessStatusCode();
                return true;
            }, TimeSpan.FromMinutes(1), TimeSpan.FromMilliseconds(200));
            volunteer.Registered.Add(eventId);
        }
    }
}
