using System.Diagnostics;
using System.Net.Http.Json;
using Events.Api.Apis;
using Events.Api.Infrastructure;
using Events.Api.Model;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using ServiceDefaults.Authentication;
using ServiceDefaults.Json;
using TestInfrastructure;

namespace Events.Benchmarks;

// Budgets (issue "Events"): 200 concurrent registrations for 50 seats answered within 2 s in
// total; the calendar feed of 5,000 events in at most 200 ms. Each measurement runs after a
// warm-up round (JIT, connection pool, query compilation), as a long-running service is.
internal static class Benchmark
{
    public static async Task Main()
    {
        const int rounds = 7;
        var json = JsonDefaults.Create();
        // WebApplicationFactory finds the service's content root from this variable outside a test project.
        Environment.SetEnvironmentVariable("ASPNETCORE_TEST_CONTENTROOT_EVENTS_API",
            Path.GetFullPath(Path.Combine(AppContext.BaseDirectory, "../../../../../src/Events.Api")));
        var fixture = new BenchmarkFixture();
        await fixture.InitializeAsync();
        try
        {
            var coordinator = fixture.Factory.CreateClientFor(PlatformRoles.Coordinator, "bench-coordinator", "warendorf");
            var registrationTimes = new List<double>();
            for (var round = 0; round <= rounds; round++)
            {
                var created = await coordinator.PostAsJsonAsync("/api/events", new EventRequest("Bench", "", "networking", "Kreis", "warendorf",
                    new AddressDto("Markt 1", "48231", "Warendorf"), false, null, DateTimeOffset.UtcNow.AddDays(3), DateTimeOffset.UtcNow.AddDays(3).AddHours(1),
                    50, null, "public", null, null), json);
                var eventId = (await created.Content.ReadFromJsonAsync<EventResponse>(json))!.Id;
                var subjects = Enumerable.Range(0, 200).Select(i => $"bench-{round}-{i}").ToList();
                await fixture.SeedVolunteersAsync(subjects);
                var clients = subjects.Select(s => fixture.Factory.CreateClientFor(PlatformRoles.Volunteer, s)).ToList();

                var clock = Stopwatch.StartNew();
                var responses = await Task.WhenAll(clients.Select(c => c.PostAsync($"/api/events/{eventId}/registrations", null)));
                clock.Stop();
                var bodies = await Task.WhenAll(responses.Select(r => r.Content.ReadFromJsonAsync<RegistrationResponse>(json)));
                var confirmed = bodies.Count(b => b!.Status == RegistrationStatus.Confirmed);
                var waitlisted = bodies.Count(b => b!.Status == RegistrationStatus.Waitlisted);
                Console.WriteLine($"registrations round {round}{(round == 0 ? " (warm-up)" : "")}: {clock.Elapsed.TotalMilliseconds:F0} ms, {confirmed} confirmed, {waitlisted} waitlisted");
                if (confirmed != 50 || waitlisted != 150)
                {
                    throw new InvalidOperationException("capacity rule broken");
                }

                if (round > 0)
                {
                    registrationTimes.Add(clock.Elapsed.TotalMilliseconds);
                }
            }

            await fixture.SeedCalendarEventsAsync(5000, "wadersloh");
            var anonymous = fixture.Factory.CreateAnonymousClient();
            var calendarTimes = new List<double>();
            for (var i = 0; i <= 20; i++)
            {
                var clock = Stopwatch.StartNew();
                var feed = await anonymous.GetStringAsync("/api/events/calendar.ics?municipality=wadersloh");
                clock.Stop();
                if (i > 0)
                {
                    calendarTimes.Add(clock.Elapsed.TotalMilliseconds);
                }

                if (i == 0)
                {
                    Console.WriteLine($"calendar: {feed.Split("BEGIN:VEVENT").Length - 1} events, {feed.Length} chars");
                }
            }

            // Cold: one event changes before every request, so the feed is queried and written anew.
            var rebuildTimes = new List<double>();
            for (var i = 0; i < 10; i++)
            {
                await fixture.TouchOneEventAsync("wadersloh");
                var clock = Stopwatch.StartNew();
                await anonymous.GetStringAsync("/api/events/calendar.ics?municipality=wadersloh");
                rebuildTimes.Add(clock.Elapsed.TotalMilliseconds);
            }

            var (queryMs, writeMs) = await fixture.MeasureFeedPartsAsync("wadersloh");
            Console.WriteLine($"calendar parts (median of 10): query {queryMs:F0} ms, write {writeMs:F0} ms");
            Console.WriteLine($"RESULT registrations (200 for 50 seats, {rounds} rounds): median {Median(registrationTimes):F0} ms, max {registrationTimes.Max():F0} ms (budget 2000 ms)");
            Console.WriteLine($"RESULT calendar.ics unchanged (5000 events, 20 requests): median {Median(calendarTimes):F0} ms, max {calendarTimes.Max():F0} ms (budget 200 ms)");
            Console.WriteLine($"RESULT calendar.ics rebuilt after a change (5000 events, 10 requests): median {Median(rebuildTimes):F0} ms, max {rebuildTimes.Max():F0} ms");
        }
        finally
        {
            await fixture.DisposeAsync();
        }
    }

    private static double Median(List<double> values) => values.Order().ElementAt(values.Count / 2);
}

internal sealed class BenchmarkFixture : ServiceFixture<Program>
{
    protected override string DatabaseName => "eventsdb";

    public async Task SeedVolunteersAsync(IEnumerable<string> subjects)
    {
        await using var scope = Factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<EventsDbContext>();
        db.KnownVolunteers.AddRange(subjects.Select(s => new KnownVolunteer
        {
            VolunteerId = Guid.NewGuid(), Subject = s, Municipality = "warendorf", DisplayName = "Bench " + s, Version = 1,
        }));
        await db.SaveChangesAsync();
    }

    public async Task<(double Query, double Write)> MeasureFeedPartsAsync(string municipality)
    {
        var query = new List<double>();
        var write = new List<double>();
        for (var i = 0; i < 10; i++)
        {
            await using var scope = Factory.Services.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<EventsDbContext>();
            var clock = Stopwatch.StartNew();
            var events = await db.Events.AsNoTracking().Where(e => e.Municipality == municipality).OrderBy(e => e.Start)
                .Select(e => new Event
                {
                    Id = e.Id, Title = e.Title, Description = e.Description, Type = e.Type, Organizer = e.Organizer,
                    Address = e.Address, Online = e.Online, Start = e.Start, End = e.End, Status = e.Status,
                    CalendarSequence = e.CalendarSequence, CreatedAt = e.CreatedAt, UpdatedAt = e.UpdatedAt,
                })
                .ToListAsync();
            query.Add(clock.Elapsed.TotalMilliseconds);
            clock.Restart();
            _ = System.Text.Encoding.UTF8.GetBytes(Events.Api.Calendar.ICalendarWriter.Write(events, "Bench"));
            write.Add(clock.Elapsed.TotalMilliseconds);
        }

        return (query.Order().ElementAt(5), write.Order().ElementAt(5));
    }

    public async Task TouchOneEventAsync(string municipality)
    {
        await using var scope = Factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<EventsDbContext>();
        var e = db.Events.Where(e => e.Municipality == municipality).OrderBy(e => e.Start).First();
        e.UpdatedAt = DateTimeOffset.UtcNow;
        await db.SaveChangesAsync();
    }

    public async Task SeedCalendarEventsAsync(int count, string municipality)
    {
        await using var scope = Factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<EventsDbContext>();
        var start = new DateTimeOffset(2032, 1, 1, 9, 0, 0, TimeSpan.Zero);
        var seededAt = DateTimeOffset.UtcNow.AddDays(-1);
        db.Events.AddRange(Enumerable.Range(0, count).Select(i => new Event
        {
            Id = Guid.CreateVersion7(), Title = $"Begegnungscafé {i}, Teil; {i}", Description = "Austausch bei Kaffee und Kuchen für alle, mit Umlauten äöü\nZweite Zeile",
            Organizer = "Kreis Warendorf", Type = EventType.Encounter, Municipality = municipality,
            Address = new EventAddress("Markt 1", "59329", "Wadersloh"), Start = start.AddHours(i), End = start.AddHours(i + 1),
            Capacity = 10, Audience = EventAudience.Public, Status = EventStatus.Scheduled, Version = 1, CreatedAt = seededAt, UpdatedAt = seededAt,
        }));
        await db.SaveChangesAsync();
    }
}
