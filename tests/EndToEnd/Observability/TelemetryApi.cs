using System.Net.Http.Json;
using System.Text.Json;

namespace EndToEnd.Observability;

/// <summary>One span as the dashboard's telemetry API gives it (OTLP JSON).</summary>
public sealed record Span(string TraceId, string SpanId, string? ParentSpanId, string Service, string Scope, string Name, IReadOnlyDictionary<string, string> Attributes);

/// <summary>
/// The dashboard's HTTP API (<c>/api/telemetry/…</c>, header <c>x-api-key</c>): what an operator's
/// dashboard holds, read by tests.
/// </summary>
public sealed class TelemetryApi(Uri dashboard, string apiKey) : IDisposable
{
    private readonly HttpClient _http = new() { BaseAddress = dashboard, Timeout = TimeSpan.FromSeconds(30), DefaultRequestHeaders = { { "x-api-key", apiKey } } };

    public async Task<IReadOnlyList<Span>> TraceAsync(string traceId)
    {
        using var response = await _http.GetAsync(new Uri($"/api/telemetry/traces/{traceId}", UriKind.Relative));
        if (response.StatusCode == System.Net.HttpStatusCode.NotFound)
        {
            return []; // not (yet) received
        }

        response.EnsureSuccessStatusCode();
        return Spans(await response.Content.ReadFromJsonAsync<JsonElement>());
    }

    public async Task<IReadOnlyList<Span>> SpansAsync(string resource) =>
        Spans(await _http.GetFromJsonAsync<JsonElement>(new Uri($"/api/telemetry/spans?resource={resource}&limit=100000", UriKind.Relative)));

    /// <summary>The raw OTLP JSON of every span and every log record the dashboard holds for <paramref name="resource"/>.</summary>
    public async Task<string> EverythingAboutAsync(string resource)
    {
        var spans = await _http.GetStringAsync(new Uri($"/api/telemetry/spans?resource={resource}&limit=100000", UriKind.Relative));
        var logs = await _http.GetStringAsync(new Uri($"/api/telemetry/logs?resource={resource}&limit=100000", UriKind.Relative));
        return spans + "\n" + logs;
    }

    /// <summary>Resource names with their kinds of telemetry: (hasLogs, hasTraces, hasMetrics).</summary>
    public async Task<IReadOnlyDictionary<string, (bool Logs, bool Traces, bool Metrics)>> ResourcesAsync()
    {
        var resources = await _http.GetFromJsonAsync<JsonElement>(new Uri("/api/telemetry/resources", UriKind.Relative));
        return resources.EnumerateArray().ToDictionary(
            r => r.GetProperty("name").GetString()!,
            r => (r.GetProperty("hasLogs").GetBoolean(), r.GetProperty("hasTraces").GetBoolean(), r.GetProperty("hasMetrics").GetBoolean()));
    }

    public void Dispose() => _http.Dispose();

    private static List<Span> Spans(JsonElement response)
    {
        var spans = new List<Span>();
        foreach (var resourceSpans in response.GetProperty("data").GetProperty("resourceSpans").EnumerateArray())
        {
            var service = Attributes(resourceSpans.GetProperty("resource")).GetValueOrDefault("service.name", "?");
            foreach (var scopeSpans in resourceSpans.GetProperty("scopeSpans").EnumerateArray())
            {
                var scope = scopeSpans.GetProperty("scope").GetProperty("name").GetString()!;
                foreach (var span in scopeSpans.GetProperty("spans").EnumerateArray())
                {
                    spans.Add(new Span(
                        span.GetProperty("traceId").GetString()!,
                        span.GetProperty("spanId").GetString()!,
                        span.TryGetProperty("parentSpanId", out var parent) && parent.GetString() is { Length: > 0 } p ? p : null,
                        service, scope, span.GetProperty("name").GetString()!, Attributes(span)));
                }
            }
        }

        return spans;
    }

    private static Dictionary<string, string> Attributes(JsonElement owner) =>
        owner.TryGetProperty("attributes", out var attributes)
            ? attributes.EnumerateArray().ToDictionary(
                a => a.GetProperty("key").GetString()!,
                a => a.GetProperty("value").EnumerateObject().First().Value.ToString())
            : [];
}
