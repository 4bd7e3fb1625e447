using System.Net;
using System.Net.Http.Json;
using Events.Api.Apis;
using Events.Api.Model;
using Events.Api.Tests.Support;
using Microsoft.EntityFrameworkCore;
using static Events.Api.Tests.Support.EventsClient;

namespace Events.Api.Tests;

/// <summary>
/// Many cancels and edits of one event at the same moment, against real PostgreSQL: 200, 409 or
/// 412, never 500, and one consistent event afterwards (each real change counted once in its
/// version and calendar sequence).
/// </summary>
public sealed class EventConcurrencyTests(EventsServiceFixture fixture) : IClassFixture<EventsServiceFixture>
{
    private const int Requests = 10;

    [Fact]
    public async Task Cancel_TenAtOnce_AllAre200AndTheEventIsCancelledOnce()
    {
        var created = await fixture.Coordinator().CreateEventAsync(NewEvent());

        var statuses = await Concurrently.RunAsync(Requests, _ => StatusOfAsync(fixture.Coordinator().PostAsync($"/api/events/{created.Id}/cancel", null)));

        Assert.All(statuses, s => Assert.Equal(HttpStatusCode.OK, s)); // cancelling a cancelled event changes nothing and says so
        var stored = await StoredAsync(created.Id);
        Assert.Equal((EventStatus.Cancelled, 2L, 1), (stored.Status, stored.Version, stored.CalendarSequence));
    }

    [Fact]
    public async Task Update_TenAtOnceWithOneIfMatch_OneIs200TheOthers412()
    {
        var created = await fixture.Coordinator().CreateEventAsync(NewEvent());

        var statuses = await Concurrently.RunAsync(Requests, i => StatusOfAsync(fixture.Coordinator().SendAsync(Put(created.Id, $"Fassung {i}", "\"1\""))));

        Assert.Equal(1, statuses.Count(s => s == HttpStatusCode.OK));
        Assert.All(statuses.Where(s => s != HttpStatusCode.OK), s => Assert.Equal(HttpStatusCode.PreconditionFailed, s));
        Assert.Equal(2L, (await StoredAsync(created.Id)).Version);
    }

    [Fact]
    public async Task CancelAndUpdate_AtOnce_EndCancelledWithEachChangeCountedOnce()
    {
        var created = await fixture.Coordinator().CreateEventAsync(NewEvent());

        var results = await Concurrently.RunAsync(Requests, async i =>
        {
            var response = i % 2 == 0
                ? await fixture.Coordinator().PostAsync($"/api/events/{created.Id}/cancel", null)
                : await fixture.Coordinator().SendAsync(Put(created.Id, $"Fassung {i}", "\"1\""));
            return (Cancel: i % 2 == 0, response.StatusCode);
        });

        Assert.All(results.Where(r => r.Cancel), r => Assert.Equal(HttpStatusCode.OK, r.StatusCode));
        Assert.All(results.Where(r => !r.Cancel), r => Assert.Contains(r.StatusCode,
            new[] { HttpStatusCode.OK, HttpStatusCode.Conflict, HttpStatusCode.PreconditionFailed }));
        var updated = results.Count(r => !r.Cancel && r.StatusCode == HttpStatusCode.OK);
        Assert.InRange(updated, 0, 1);
        var stored = await StoredAsync(created.Id);
        Assert.Equal((EventStatus.Cancelled, 2L + updated), (stored.Status, stored.Version));
    }

    private static HttpRequestMessage Put(Guid id, string title, string ifMatch)
    {
        var message = new HttpRequestMessage(HttpMethod.Put, $"/api/events/{id}") { Content = JsonContent.Create(NewEvent(title: title), options: Json) };
        message.Headers.TryAddWithoutValidation("If-Match", ifMatch);
        return message;
    }

    private static async Task<HttpStatusCode> StatusOfAsync(Task<HttpResponseMessage> request) => (await request).StatusCode;

    private Task<Event> StoredAsync(Guid id) => fixture.WithDbAsync(db => db.Events.AsNoTracking().SingleAsync(e => e.Id == id));
}
