using System.Diagnostics;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;

namespace Gateway.Tests;

public sealed class RoutingTests(GatewayFixture gateway) : IClassFixture<GatewayFixture>
{
    [Theory]
    [InlineData("/api/offers", "offers-api")]
    [InlineData("/api/offers/0b8a1c7e-2f55-4d35-9d0e-6c1d7d3e4b11", "offers-api")]
    [InlineData("/api/municipalities", "offers-api")]
    [InlineData("/api/categories", "offers-api")]
    [InlineData("/api/target-groups", "offers-api")]
    [InlineData("/api/events", "events-api")]
    [InlineData("/api/events/calendar.ics", "events-api")]
    public async Task Get_PublicPath_IsForwardedWithFullPathToItsService(string path, string service)
    {
        using var client = gateway.Factory.CreateClient();

        var seen = await client.GetFromJsonAsync<JsonElement>(path);

        Assert.Equal(service, seen.GetProperty("service").GetString());
        Assert.Equal(path, seen.GetProperty("path").GetString());
    }

    [Fact]
    public async Task Get_ServiceDown_Returns503ProblemQuickly()
    {
        using var client = gateway.Factory.CreateClient();
        var watch = Stopwatch.StartNew();

        using var response = await client.GetAsync(new Uri("/api/volunteers/me", UriKind.Relative));

        Assert.True(watch.Elapsed < TimeSpan.FromSeconds(10), $"took {watch.Elapsed}");
        // Nothing listens: unreachable, so 503 (try again later), not 502 (an invalid answer).
        Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Contains("volunteers-api", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
        Assert.True(problem.TryGetProperty("traceId", out _));
        Assert.DoesNotContain("127.0.0.1", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Get_OneServiceDown_LeavesOtherServicesAnswering()
    {
        using var client = gateway.Factory.CreateClient();
        using var failing = await client.GetAsync(new Uri("/api/volunteers", UriKind.Relative));

        using var response = await client.GetAsync(new Uri("/api/offers", UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task Health_OneServiceDown_ReportsEachServiceAndIsUnhealthy()
    {
        using var client = gateway.Factory.CreateClient();

        using var response = await client.GetAsync(new Uri("/health", UriKind.Relative));

        Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
        var report = await response.Content.ReadFromJsonAsync<JsonElement>();
        var checks = report.GetProperty("checks");
        Assert.Equal("Healthy", checks.GetProperty("offers-api").GetProperty("status").GetString());
        Assert.Equal("Healthy", checks.GetProperty("events-api").GetProperty("status").GetString());
        Assert.Equal("Unhealthy", checks.GetProperty("volunteers-api").GetProperty("status").GetString());
    }

    [Fact]
    public async Task Alive_Answers200()
    {
        using var client = gateway.Factory.CreateClient();

        using var response = await client.GetAsync(new Uri("/alive", UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }
}
