using System.Diagnostics;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;

namespace EndToEnd.Observability;

/// <summary>
/// One request through the gateway that publishes an offer is one trace in the dashboard:
/// gateway → Offers.Api → PostgreSQL → outbox relay → RabbitMQ → the Volunteers and Events
/// consumers → their databases, every span linked to its parent.
/// </summary>
[Collection(OperatedPlatformCollection.Name)]
public sealed class PublishTraceTests(OperatedPlatformFixture fixture)
{
    [Fact]
    public async Task PublishOffer_ThroughGateway_IsOneTraceDownToBothConsumersDatabases()
    {
        await fixture.EnsureWholeAsync(); // a fault scenario before may have left a resource restarting
        var token = await fixture.TokenAsync("coordinator", "trace-coordinator", municipality: "warendorf");
        using var created = await fixture.SendWithTokenAsync(HttpMethod.Post, "/api/offers", token, Scenario.Offer("trace"));
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var offerId = (await created.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();
        // The partner's own trace context: the gateway continues it, so the caller can find its trace.
        var (traceId, callerSpan) = (ActivityTraceId.CreateRandom().ToHexString(), ActivitySpanId.CreateRandom().ToHexString());

        using var published = await fixture.SendWithTokenAsync(HttpMethod.Post, $"/api/offers/{offerId}/publish", token, traceParent: $"00-{traceId}-{callerSpan}-01");
        Assert.Equal(HttpStatusCode.OK, published.StatusCode);

        IReadOnlyList<Span> trace = [];
        // Spans arrive in batches, and a parent ends (and is exported) after its children: wait
        // for the consumers' database work and for every parent. Spans that never link up keep
        // the wait going until it fails, which is the point. How soon the last span is exported
        // is not (the publish latency has its own benchmark): the limit is generous, and a
        // failure lists every span it had.
        await Eventually.HoldsAsync("the consumers' database work in the trace, every span with its parent", async () =>
        {
            trace = await fixture.Telemetry.TraceAsync(traceId);
            var ids = trace.Select(s => s.SpanId).Append(callerSpan).ToHashSet();
            return trace.Any(s => s.Service == "volunteers-api" && s.Scope == "Npgsql")
                && trace.Any(s => s.Service == "events-api" && s.Scope == "Npgsql")
                && trace.All(s => s.ParentSpanId is not null && ids.Contains(s.ParentSpanId));
        }, TimeSpan.FromSeconds(120), TimeSpan.FromMilliseconds(500), lastSeen: () => Describe(trace));

        var byId = trace.ToDictionary(s => s.SpanId);
        var root = Assert.Single(trace, s => s.ParentSpanId == callerSpan);
        Assert.Equal(("gateway", "Microsoft.AspNetCore"), (root.Service, root.Scope));
        Assert.All(trace.Where(s => s != root), s => Assert.True(s.ParentSpanId is not null && byId.ContainsKey(s.ParentSpanId), $"{s.Service} {s.Name} is not linked to a span of the trace"));

        var offersServer = Assert.Single(trace, s => s.Service == "offers-api" && s.Scope == "Microsoft.AspNetCore");
        Assert.Equal("gateway", byId[offersServer.ParentSpanId!].Service); // the gateway's proxied call
        Assert.Contains(trace, s => s.Service == "offers-api" && s.Scope == "Npgsql" && Under(s, offersServer, byId));
        var relay = Assert.Single(trace, s => s.Scope == "Integration.Aspire.Messaging" && s.Name == "outbox relay OfferPublishedIntegrationEvent");
        Assert.True(Under(relay, offersServer, byId), "the relay publishes under the request that raised the event");
        var send = Assert.Single(trace, s => s.Scope == "MassTransit" && s.Service == "offers-api" && Under(s, relay, byId));
        foreach (var consumer in new[] { "volunteers-api", "events-api" })
        {
            var received = Assert.Single(trace, s => s.Service == consumer && s.Scope == "MassTransit" && s.Name.EndsWith(" receive", StringComparison.Ordinal));
            Assert.True(Under(received, send, byId), $"{consumer} received what offers-api sent");
            Assert.Contains(trace, s => s.Service == consumer && s.Scope == "Npgsql" && Under(s, received, byId));
        }
    }

    /// <summary>Every span seen, one per line, with its parent: what a failed wait reports.</summary>
    private static string Describe(IReadOnlyList<Span> trace) =>
        trace.Count == 0 ? "no span of the trace" : $"{trace.Count} spans:\n" + string.Join('\n', trace.Select(s => $"  {s.SpanId} ← {s.ParentSpanId ?? "-"} {s.Service} [{s.Scope}] {s.Name}"));

    private static bool Under(Span span, Span ancestor, IReadOnlyDictionary<string, Span> byId)
    {
        for (var current = span; current.ParentSpanId is { } parent && byId.TryGetValue(parent, out var next); current = next)
        {
            if (next == ancestor)
            {
                return true;
            }
        }

        return false;
    }
}
