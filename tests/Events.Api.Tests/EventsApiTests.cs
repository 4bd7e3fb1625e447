using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Contracts.Events;
using Events.Api.Model;
using Events.Api.Tests.Support;
using ServiceDefaults.Authentication;
using static Events.Api.Tests.Support.EventsClient;

namespace Events.Api.Tests;

public sealed class EventsApiTests(EventsServiceFixture fixture) : IClassFixture<EventsServiceFixture>
{
    [Fact]
    public async Task Create_CoordinatorOwnMunicipality_Returns201WithETagAndBerlinTimes()
    {
        var start = new DateTimeOffset(2030, 7, 1, 16, 0, 0, TimeSpan.Zero);
        var response = await fixture.Coordinator().PostAsJsonAsync("/api/events", NewEvent(start: start), Json);

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        Assert.Equal("\"1\"", response.Headers.ETag?.Tag);
        var body = await response.Content.ReadAsStringAsync();
        Assert.Contains("\"start\":\"2030-07-01T18:00:00+02:00\"", body);
        Assert.Contains("\"status\":\"scheduled\"", body);
        Assert.Contains("\"seatsLeft\":20", body);
        Assert.Contains("\"waitlistLength\":0", body);
    }

    [Fact]
    public async Task Create_CoordinatorOtherMunicipality_Returns403()
    {
        var response = await fixture.Coordinator("ahlen").PostAsJsonAsync("/api/events", NewEvent("warendorf"), Json);
        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }

    [Fact]
    public async Task Create_CountyWideByCoordinator_Returns403ButAdminMay()
    {
        var byCoordinator = await fixture.Coordinator().PostAsJsonAsync("/api/events", NewEvent(municipality: null), Json);
        var byAdmin = await fixture.Admin().PostAsJsonAsync("/api/events", NewEvent(municipality: null), Json);

        Assert.Equal(HttpStatusCode.Forbidden, byCoordinator.StatusCode);
        Assert.Equal(HttpStatusCode.Created, byAdmin.StatusCode);
    }

    [Fact]
    public async Task Create_Volunteer_Returns403()
    {
        var response = await fixture.Volunteer("v-create").PostAsJsonAsync("/api/events", NewEvent(), Json);
        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }

    [Fact]
    public async Task Create_InvalidEvent_Returns400NamingEveryField()
    {
        var start = DateTimeOffset.UtcNow.AddDays(5);
        var request = NewEvent() with
        {
            Type = "party", Audience = "everyone", Municipality = "muenster", Capacity = 0, End = start.AddHours(-1), Start = start,
            RegistrationDeadline = start.AddDays(1), Online = true, OnlineUrl = "not a url", RelatedOfferId = Guid.NewGuid(),
        };

        var response = await fixture.Coordinator().PostAsJsonAsync("/api/events", request, Json);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var errors = (await response.ProblemAsync()).GetProperty("errors");
        foreach (var field in new[] { "type", "audience", "municipality", "capacity", "end", "registrationDeadline", "onlineUrl", "relatedOfferId" })
        {
            Assert.True(errors.TryGetProperty(field, out _), $"no error for {field}");
        }

        var total = await fixture.WithDbAsync(db => Task.FromResult(db.Events.Count(e => e.Title == request.Title && e.Capacity == 0)));
        Assert.Equal(0, total);
    }

    [Fact]
    public async Task Create_Anonymous_Returns401()
    {
        var response = await fixture.Factory.CreateAnonymousClient().PostAsJsonAsync("/api/events", NewEvent(), Json);
        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Fact]
    public async Task Create_MalformedJson_Returns400Problem()
    {
        var content = new StringContent("{ \"title\": ", System.Text.Encoding.UTF8, "application/json");
        var response = await fixture.Coordinator().PostAsync("/api/events", content);
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        await response.ProblemAsync();
    }

    [Fact]
    public async Task Get_UnknownId_Returns404()
    {
        var response = await fixture.Factory.CreateAnonymousClient().GetAsync($"/api/events/{Guid.NewGuid()}");
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task Get_Anonymous_HidesVolunteerEventsAndOnlineUrl()
    {
        var coordinator = fixture.Coordinator();
        var forVolunteers = await coordinator.CreateEventAsync(NewEvent(audience: "volunteers"));
        var online = await coordinator.CreateEventAsync(NewEvent() with { Address = null, Online = true, OnlineUrl = "https://meet.example.org/x" });
        var anonymous = fixture.Factory.CreateAnonymousClient();

        var hidden = await anonymous.GetAsync($"/api/events/{forVolunteers.Id}");
        var shown = await anonymous.GetEventAsync(online.Id);
        var byVolunteer = await fixture.Volunteer("v-get").GetAsync($"/api/events/{forVolunteers.Id}");

        Assert.Equal(HttpStatusCode.NotFound, hidden.StatusCode);
        Assert.Null(shown.OnlineUrl);
        Assert.Equal(HttpStatusCode.OK, byVolunteer.StatusCode);
        Assert.Equal("https://meet.example.org/x", (await coordinator.GetEventAsync(online.Id)).OnlineUrl);
    }

    [Fact]
    public async Task List_FiltersByMunicipalityTypeAndTime_Paged()
    {
        var start = new DateTimeOffset(2031, 3, 3, 10, 0, 0, TimeSpan.Zero);
        var admin = fixture.Admin();
        await admin.CreateEventAsync(NewEvent("telgte", type: "training", start: start));
        await admin.CreateEventAsync(NewEvent("telgte", type: "training", start: start.AddDays(1)));
        await admin.CreateEventAsync(NewEvent("telgte", type: "encounter", start: start));
        await admin.CreateEventAsync(NewEvent("telgte", type: "training", start: start.AddDays(60)));

        var page = await fixture.Factory.CreateAnonymousClient()
            .ListEventsAsync("?municipality=telgte&type=training&from=2031-03-01T00:00:00%2B01:00&to=2031-03-31&pageSize=1");

        Assert.Equal(2, page.Total);
        var only = Assert.Single(page.Items);
        Assert.Equal(EventType.Training, only.Type);
        // The offset on the wire: JsonDefaults reads every time as UTC, so the typed item no longer shows it.
        var raw = await fixture.Factory.CreateAnonymousClient()
            .GetFromJsonAsync<JsonElement>("/api/events?municipality=telgte&type=training&from=2031-03-01T00:00:00%2B01:00&to=2031-03-31&pageSize=1");
        Assert.EndsWith("+01:00", raw.GetProperty("items")[0].GetProperty("start").GetString());
    }

    [Fact]
    public async Task List_BadFilter_Returns400()
    {
        var response = await fixture.Factory.CreateAnonymousClient().GetAsync("/api/events?from=yesterday&type=party&municipality=x");
        var errors = (await response.ProblemAsync()).GetProperty("errors");
        Assert.True(errors.TryGetProperty("from", out _) && errors.TryGetProperty("type", out _) && errors.TryGetProperty("municipality", out _));
    }

    [Fact]
    public async Task Update_WithoutIfMatch_Returns428()
    {
        var created = await fixture.Coordinator().CreateEventAsync(NewEvent());
        var response = await fixture.Coordinator().PutAsJsonAsync($"/api/events/{created.Id}", NewEvent(), Json);
        Assert.Equal(HttpStatusCode.PreconditionRequired, response.StatusCode);
    }

    [Fact]
    public async Task Update_StaleIfMatch_Returns412AndChangesNothing()
    {
        var client = fixture.Coordinator();
        var created = await client.CreateEventAsync(NewEvent());
        await PutAsync(client, created.Id, "\"1\"", NewEvent() with { Title = "Erste Änderung" });

        var response = await PutAsync(client, created.Id, "\"1\"", NewEvent() with { Title = "Veraltet" });

        Assert.Equal(HttpStatusCode.PreconditionFailed, response.StatusCode);
        Assert.Equal("Erste Änderung", (await client.GetEventAsync(created.Id)).Title);
    }

    [Fact]
    public async Task Update_ByCoordinatorOfOtherMunicipality_Returns403()
    {
        var created = await fixture.Coordinator().CreateEventAsync(NewEvent());
        var response = await PutAsync(fixture.Coordinator("ahlen"), created.Id, "\"1\"", NewEvent());
        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }

    [Fact]
    public async Task Update_TimeChanged_RaisesETagAndCalendarSequence()
    {
        var client = fixture.Coordinator();
        var created = await client.CreateEventAsync(NewEvent());

        var response = await PutAsync(client, created.Id, "\"1\"", NewEvent(start: created.Start.AddDays(1)));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("\"2\"", response.Headers.ETag?.Tag);
        var sequence = await fixture.WithDbAsync(db => Task.FromResult(db.Events.Single(e => e.Id == created.Id).CalendarSequence));
        Assert.Equal(1, sequence);
    }

    [Fact]
    public async Task Cancel_ScheduledEvent_StaysVisibleAsCancelled()
    {
        var client = fixture.Coordinator();
        var created = await client.CreateEventAsync(NewEvent());

        var response = await client.PostAsync($"/api/events/{created.Id}/cancel", null);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(EventStatus.Cancelled, (await fixture.Factory.CreateAnonymousClient().GetEventAsync(created.Id)).Status);
    }

    [Fact]
    public async Task Cancel_ByVolunteer_Returns403()
    {
        var created = await fixture.Coordinator().CreateEventAsync(NewEvent());
        var response = await fixture.Factory.CreateClientFor(PlatformRoles.Volunteer, "v-cancel").PostAsync($"/api/events/{created.Id}/cancel", null);
        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }

    private static Task<HttpResponseMessage> PutAsync(HttpClient client, Guid id, string etag, Events.Api.Apis.EventRequest request)
    {
        var message = new HttpRequestMessage(HttpMethod.Put, $"/api/events/{id}") { Content = JsonContent.Create(request, options: Json) };
        message.Headers.TryAddWithoutValidation("If-Match", etag);
        return client.SendAsync(message);
    }
}
