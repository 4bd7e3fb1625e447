using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Events.Api.Apis;
using ServiceDefaults.Api;
using ServiceDefaults.Authentication;
using ServiceDefaults.Json;

namespace Events.Api.Tests.Support;

/// <summary>Requests and JSON of the Events API as the tests use them.</summary>
public static class EventsClient
{
    public static readonly JsonSerializerOptions Json = JsonDefaults.Create();

    public static EventRequest NewEvent(
        string? municipality = "warendorf", int capacity = 20, string type = "networking", string audience = "public",
        DateTimeOffset? start = null, string title = "Netzwerktreffen Ehrenamt") =>
        new(title, "Austausch für Ehrenamtliche", type, "Integrationsbüro", municipality,
            new AddressDto("Markt 1", "48231", "Warendorf"), false, null,
            start ?? DateTimeOffset.UtcNow.AddDays(10), (start ?? DateTimeOffset.UtcNow.AddDays(10)).AddHours(2),
            capacity, null, audience, null, null);

    public static HttpClient Coordinator(this EventsServiceFixture fixture, string municipality = "warendorf") =>
        fixture.Factory.CreateClientFor(PlatformRoles.Coordinator, "coord-" + municipality, municipality);

    public static HttpClient Admin(this EventsServiceFixture fixture) => fixture.Factory.CreateClientFor(PlatformRoles.Admin, "admin-1");

    public static HttpClient Volunteer(this EventsServiceFixture fixture, string subject) =>
        fixture.Factory.CreateClientFor(PlatformRoles.Volunteer, subject);

    public static async Task<EventResponse> CreateEventAsync(this HttpClient client, EventRequest request)
    {
        var response = await client.PostAsJsonAsync("/api/events", request, Json);
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        return (await response.Content.ReadFromJsonAsync<EventResponse>(Json))!;
    }

    public static async Task<EventResponse> GetEventAsync(this HttpClient client, Guid id) =>
        (await client.GetFromJsonAsync<EventResponse>($"/api/events/{id}", Json))!;

    public static async Task<PagedResult<EventResponse>> ListEventsAsync(this HttpClient client, string query = "") =>
        (await client.GetFromJsonAsync<PagedResult<EventResponse>>("/api/events" + query, Json))!;

    public static async Task<(HttpStatusCode Status, RegistrationResponse? Body)> RegisterAsync(this HttpClient client, Guid eventId)
    {
        var response = await client.PostAsync($"/api/events/{eventId}/registrations", null);
        var body = response.IsSuccessStatusCode ? await response.Content.ReadFromJsonAsync<RegistrationResponse>(Json) : null;
        return (response.StatusCode, body);
    }

    public static async Task<JsonElement> ProblemAsync(this HttpResponseMessage response)
    {
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        return await response.Content.ReadFromJsonAsync<JsonElement>();
    }
}
