namespace WebApp.Gateway;

/// <summary>The events part of the gateway's public API (api.md, "Events").</summary>
public sealed class EventsClient(HttpClient http) : GatewayClient(http)
{
    public Task<ApiResult<PagedList<CountyEvent>>> ListAsync(EventFilter filter, CancellationToken cancellationToken = default) =>
        GetAsync<PagedList<CountyEvent>>($"/api/events{filter.ToApiQuery()}", cancellationToken);

    public Task<ApiResult<CountyEvent>> GetAsync(Guid id, CancellationToken cancellationToken = default) =>
        GetAsync<CountyEvent>($"/api/events/{id}", cancellationToken);

    public Task<ApiResult<CountyEvent>> CreateAsync(EventDraft draft, CancellationToken cancellationToken = default) =>
        SendAsync<CountyEvent>(WithBody(HttpMethod.Post, "/api/events", draft), cancellationToken);

    public Task<ApiResult<CountyEvent>> CancelAsync(Guid id, CancellationToken cancellationToken = default) =>
        SendAsync<CountyEvent>(HttpMethod.Post, $"/api/events/{id}/cancel", cancellationToken);

    public Task<ApiResult<RegistrationOutcome>> RegisterAsync(Guid id, CancellationToken cancellationToken = default) =>
        SendAsync<RegistrationOutcome>(HttpMethod.Post, $"/api/events/{id}/registrations", cancellationToken);

    public Task<ApiResult<NoBody>> WithdrawAsync(Guid id, CancellationToken cancellationToken = default) =>
        SendAsync<NoBody>(HttpMethod.Delete, $"/api/events/{id}/registrations/me", cancellationToken);

    public Task<ApiResult<PagedList<EventRegistration>>> RegistrationsAsync(Guid id, CancellationToken cancellationToken = default) =>
        GetAsync<PagedList<EventRegistration>>($"/api/events/{id}/registrations?pageSize=100", cancellationToken);

    public Task<ApiResult<NoBody>> RecordAttendanceAsync(Guid id, IReadOnlyList<Guid> volunteerIds, CancellationToken cancellationToken = default) =>
        SendAsync<NoBody>(WithBody(HttpMethod.Post, $"/api/events/{id}/attendance", new { volunteerIds }), cancellationToken);

    /// <summary>The RFC 5545 calendar, passed through unchanged for the subscription link.</summary>
    public async Task<(int Status, string Body)> CalendarAsync(string? municipality, string? type, CancellationToken cancellationToken = default)
    {
        var query = new EventFilter(Municipality: municipality, Type: type).ToCalendarQuery();
        try
        {
            using var response = await Http.GetAsync($"/api/events/calendar.ics{query}", cancellationToken);
            return ((int)response.StatusCode, await response.Content.ReadAsStringAsync(cancellationToken));
        }
        catch (HttpRequestException)
        {
            return (ApiProblem.Unreachable, "");
        }
    }
}

/// <summary>The filters of the events list; <c>from</c> defaults to today (upcoming events).</summary>
public sealed record EventFilter(string? Municipality = null, string? Type = null, DateOnly? From = null, DateOnly? To = null, int Page = 1)
{
    public string ToApiQuery() => Query(
        ("from", (From ?? DateOnly.FromDateTime(DateTime.Today)).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture)),
        ("to", To?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture)),
        ("municipality", Municipality), ("type", Type), ("page", Page.ToString(System.Globalization.CultureInfo.InvariantCulture)), ("pageSize", "20"));

    public string ToCalendarQuery() => Query(("municipality", Municipality), ("type", Type));

    public string ToPageQuery(int page) => Query(
        ("municipality", Municipality), ("type", Type), ("page", page > 1 ? page.ToString(System.Globalization.CultureInfo.InvariantCulture) : null));

    private static string Query(params (string Name, string? Value)[] parameters)
    {
        var present = parameters.Where(p => !string.IsNullOrWhiteSpace(p.Value)).Select(p => $"{p.Name}={Uri.EscapeDataString(p.Value!.Trim())}").ToList();
        return present.Count == 0 ? "" : "?" + string.Join('&', present);
    }
}
