using TestInfrastructure;
using System.Diagnostics;
using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Events.Api.Model;
using Events.Api.Tests.Support;
using static Events.Api.Tests.Support.EventsClient;

namespace Events.Api.Tests;

public sealed class CalendarTests(EventsServiceFixture fixture) : IClassFixture<EventsServiceFixture>
{
    [Fact]
    public async Task Calendar_ScheduledAndCancelledEvents_IsRfc5545WithBerlinTimes()
    {
        var coordinator = fixture.Coordinator("oelde");
        var start = new DateTimeOffset(2030, 1, 15, 17, 0, 0, TimeSpan.Zero);
        var scheduled = await coordinator.CreateEventAsync(NewEvent("oelde", start: start, title: "Schulung; Recht, Asyl \\ Überblick") with
        {
            Description = "Erste Zeile\nZweite Zeile mit Umlauten äöü und einer langen Beschreibung, die gefaltet werden muss, weil sie länger ist.",
        });
        var cancelled = await coordinator.CreateEventAsync(NewEvent("oelde", start: start.AddDays(1)));
        await coordinator.PostAsync($"/api/events/{cancelled.Id}/cancel", null);
        await coordinator.CreateEventAsync(NewEvent("oelde", audience: "coordinators", title: "Intern"));

        var response = await fixture.Factory.CreateAnonymousClient().GetAsync("/api/events/calendar.ics?municipality=oelde");
        var text = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/calendar; charset=utf-8", response.Content.Headers.ContentType?.ToString());
        Assert.DoesNotContain('\n', text.Replace("\r\n", ""));
        Assert.StartsWith("BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:", text);
        Assert.Contains("BEGIN:VTIMEZONE\r\nTZID:Europe/Berlin\r\n", text);
        var unfolded = text.Replace("\r\n ", "");
        Assert.Contains($"UID:{scheduled.Id}@integration-aspire\r\n", unfolded);
        Assert.Contains("DTSTART;TZID=Europe/Berlin:20300115T180000\r\n", unfolded);
        Assert.Contains(@"SUMMARY:Schulung\; Recht\, Asyl \\ Überblick", unfolded);
        Assert.Contains(@"DESCRIPTION:Erste Zeile\nZweite Zeile", unfolded);
        Assert.Contains($"UID:{cancelled.Id}@integration-aspire\r\n", unfolded);
        Assert.Contains("STATUS:CANCELLED", unfolded);
        Assert.Contains("SEQUENCE:1\r\n", unfolded); // raised by the cancellation
        Assert.DoesNotContain("Intern", unfolded);
        Assert.All(text.Split("\r\n"), line => Assert.True(Encoding.UTF8.GetByteCount(line) <= 75));
    }

    [Fact]
    public async Task Calendar_TimeChanged_RaisesSequence()
    {
        var coordinator = fixture.Coordinator("beelen");
        var created = await coordinator.CreateEventAsync(NewEvent("beelen"));
        var put = new HttpRequestMessage(HttpMethod.Put, $"/api/events/{created.Id}")
        {
            Content = JsonContent.Create(NewEvent("beelen", start: created.Start.AddHours(3)), options: Json),
        };
        put.Headers.TryAddWithoutValidation("If-Match", "\"1\"");
        Assert.Equal(HttpStatusCode.OK, (await coordinator.SendAsync(put)).StatusCode);

        var text = await fixture.Factory.CreateAnonymousClient().GetStringAsync("/api/events/calendar.ics?municipality=beelen");

        Assert.Contains("SEQUENCE:1\r\n", text);
    }

    [Fact]
    public async Task Calendar_EventCancelledAfterFeedWasServed_NextFeedShowsCancellation()
    {
        var coordinator = fixture.Coordinator("ostbevern");
        var created = await coordinator.CreateEventAsync(NewEvent("ostbevern"));
        var anonymous = fixture.Factory.CreateAnonymousClient();
        var before = await anonymous.GetStringAsync("/api/events/calendar.ics?municipality=ostbevern");

        await coordinator.PostAsync($"/api/events/{created.Id}/cancel", null);
        var after = await anonymous.GetStringAsync("/api/events/calendar.ics?municipality=ostbevern");

        Assert.Contains("STATUS:CONFIRMED", before);
        Assert.Contains("STATUS:CANCELLED", after);
    }

    [Fact]
    public async Task Calendar_UnknownMunicipality_Returns400()
    {
        var response = await fixture.Factory.CreateAnonymousClient().GetAsync("/api/events/calendar.ics?municipality=paris");
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [NodeFact]
    public async Task Calendar_ParsedByIcalJs_YieldsTheEventsWithBerlinTimes()
    {
        var coordinator = fixture.Coordinator("sassenberg");
        var summer = new DateTimeOffset(2030, 7, 1, 16, 0, 0, TimeSpan.Zero);
        var created = await coordinator.CreateEventAsync(NewEvent("sassenberg", start: summer, title: "Begegnungscafé: Kaffee, Tee; Gespräche 😀"));
        var cancelled = await coordinator.CreateEventAsync(NewEvent("sassenberg", start: summer.AddMonths(6)));
        await coordinator.PostAsync($"/api/events/{cancelled.Id}/cancel", null);
        var feed = await fixture.Factory.CreateAnonymousClient().GetStringAsync("/api/events/calendar.ics?municipality=sassenberg");

        var parsed = await IcalJs.ParseAsync(feed);

        var events = parsed.EnumerateArray().ToDictionary(e => e.GetProperty("uid").GetString()!);
        var first = events[$"{created.Id}@integration-aspire"];
        Assert.Equal("Begegnungscafé: Kaffee, Tee; Gespräche 😀", first.GetProperty("summary").GetString());
        Assert.Equal("Europe/Berlin", first.GetProperty("tzid").GetString());
        Assert.Equal("2030-07-01T16:00:00.000Z", first.GetProperty("startUtc").GetString()); // 18:00 CEST
        Assert.Equal("CONFIRMED", first.GetProperty("status").GetString());
        var second = events[$"{cancelled.Id}@integration-aspire"];
        Assert.Equal("2031-01-01T16:00:00.000Z", second.GetProperty("startUtc").GetString()); // 17:00 CET
        Assert.Equal(("CANCELLED", 1), (second.GetProperty("status").GetString(), second.GetProperty("sequence").GetInt32()));
    }

    [Fact]
    public async Task Calendar_5000Events_AllWritten()
    {
        var start = new DateTimeOffset(2032, 1, 1, 9, 0, 0, TimeSpan.Zero);
        await fixture.WithDbAsync(async db =>
        {
            db.Events.AddRange(Enumerable.Range(0, 5000).Select(i => new Event
            {
                Id = Guid.CreateVersion7(), Title = $"Treffen {i}, Teil; {i}", Description = "Beschreibung mit Umlauten äöü und Zeilen\nzwei",
                Organizer = "Kreis", Type = EventType.Encounter, Municipality = "wadersloh", Address = new EventAddress("Markt 1", "59329", "Wadersloh"),
                Start = start.AddHours(i), End = start.AddHours(i + 1), Capacity = 10, Audience = EventAudience.Public,
                Status = EventStatus.Scheduled, Version = 1, CreatedAt = start, UpdatedAt = start,
            }));
            return await db.SaveChangesAsync();
        });
        var client = fixture.Factory.CreateAnonymousClient();
        await client.GetStringAsync("/api/events/calendar.ics?municipality=wadersloh"); // warm-up: JIT and query compilation (the 200 ms budget is measured by bench/Events.Benchmarks)

        var clock = Stopwatch.StartNew();
        var text = await client.GetStringAsync("/api/events/calendar.ics?municipality=wadersloh");
        clock.Stop();

        Console.WriteLine($"calendar.ics with 5000 events: {clock.ElapsedMilliseconds} ms, {text.Length} chars");
        Assert.Equal(5000, text.Split("BEGIN:VEVENT").Length - 1);
    }
}
