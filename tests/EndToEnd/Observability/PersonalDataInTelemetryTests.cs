using System.Net;
using System.Net.Http.Json;
using System.Text.Json;

namespace EndToEnd.Observability;

/// <summary>
/// Names, e-mail addresses and phone numbers of volunteers, and the queries coordinators search
/// them with, reach no span, attribute or log record of any service, while the requests that
/// carry them are traced.
/// </summary>
[Collection(OperatedPlatformCollection.Name)]
public sealed class PersonalDataInTelemetryTests(OperatedPlatformFixture fixture)
{
    private static readonly string[] Resources = ["gateway", "offers-api", "volunteers-api", "events-api"];

    [Fact]
    public async Task RegisterAndSearchVolunteers_PersonalData_InNoSpanAndNoLog()
    {
        await fixture.EnsureWholeAsync(); // a fault scenario before may have left a resource restarting
        var marker = Guid.NewGuid().ToString("N")[..10];
        var phoneDigits = Random.Shared.NextInt64(1_000_000, 9_999_999).ToString(System.Globalization.CultureInfo.InvariantCulture);
        var volunteer = await fixture.TokenAsync("volunteer", "pii-" + marker);
        var coordinator = await fixture.TokenAsync("coordinator", "pii-coordinator", municipality: "warendorf");
        using (var registered = await fixture.SendWithTokenAsync(HttpMethod.Post, "/api/volunteers", volunteer, new
        {
            firstName = "Zorana" + marker,
            lastName = "Quandt" + marker,
            email = $"zq.{marker}@example.org",
            phone = "+49 2581 " + phoneDigits,
            municipality = "warendorf",
            languages = new[] { new { code = "de", level = "native" } },
            skills = new[] { "interpreting" },
            availability = new[] { new { dayOfWeek = "friday", start = "09:00", end = "12:00" } },
            roles = new[] { "volunteer" },
            consent = new { version = "2026-01", givenAt = DateTimeOffset.UtcNow.AddMinutes(-1) },
        }))
        {
            Assert.Equal(HttpStatusCode.Created, registered.StatusCode);
        }

        using (var search = await fixture.SendWithTokenAsync(HttpMethod.Get, $"/api/volunteers?municipality=warendorf&skill=interpreting&dayOfWeek=friday&page=1", coordinator))
        {
            Assert.Equal(HttpStatusCode.OK, search.StatusCode);
        }

        using (var export = await fixture.SendWithTokenAsync(HttpMethod.Get, "/api/volunteers/me/export", volunteer))
        {
            Assert.Equal(HttpStatusCode.OK, export.StatusCode);
            Assert.Contains(marker, await export.Content.ReadAsStringAsync(), StringComparison.Ordinal); // the data is real, only not in telemetry
        }

        await Eventually.HoldsAsync("the search and the export traced", async () =>
        {
            var spans = await fixture.Telemetry.SpansAsync("volunteers-api");
            return spans.Any(s => s.Name.StartsWith("GET /api/volunteers/me/export", StringComparison.Ordinal))
                && spans.Any(s => s.Attributes.GetValueOrDefault("http.route") == "/api/volunteers/");
        }, TimeSpan.FromSeconds(30), TimeSpan.FromMilliseconds(500));

        foreach (var resource in new[] { "gateway", "volunteers-api" })
        {
            // The query of a volunteer search goes whole: not even its keys are kept.
            var volunteerSpans = (await fixture.Telemetry.SpansAsync(resource))
                .Where(s => s.Attributes.GetValueOrDefault("url.path", s.Attributes.GetValueOrDefault("url.full", "")).Contains("/api/volunteers", StringComparison.Ordinal))
                .ToList();
            Assert.NotEmpty(volunteerSpans);
            Assert.All(volunteerSpans, s => Assert.False(s.Attributes.ContainsKey("url.query"), $"{resource} {s.Name} keeps url.query"));
            Assert.All(volunteerSpans, s => Assert.DoesNotContain("?", s.Attributes.GetValueOrDefault("url.full", ""), StringComparison.Ordinal));
        }

        foreach (var resource in Resources)
        {
            var everything = await fixture.Telemetry.EverythingAboutAsync(resource);
            Assert.DoesNotContain(marker, everything, StringComparison.Ordinal);
            Assert.DoesNotContain(phoneDigits, everything, StringComparison.Ordinal);
            Assert.DoesNotContain("skill=interpreting", everything, StringComparison.Ordinal);
        }
    }
}
