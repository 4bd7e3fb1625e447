using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Xunit.Abstractions;

namespace EndToEnd;

/// <summary>What every answer of the gateway must (not) reveal, with the real services behind it.</summary>
[Collection(PlatformCollection.Name)]
public sealed class SecurityHygieneTests(PlatformFixture platform, ITestOutputHelper output)
{
    private static readonly Guid Unknown = Guid.Parse("3f0c9c43-0000-4000-8000-000000000001");

    /// <summary>Bad requests to each service: malformed JSON, wrong types, unknown and non-GUID ids, bad filters.</summary>
    public static TheoryData<string, string, string, string?> BadRequests => new()
    {
        { Callers.Provider, "POST", "/api/offers", "{\"title\": \"unterminated" },
        { Callers.Provider, "POST", "/api/offers", "{\"helpersNeeded\": \"many\"}" },
        { Callers.Anonymous, "GET", $"/api/offers/{Unknown}", null },
        { Callers.Anonymous, "GET", "/api/offers/not-a-guid", null },
        { Callers.Anonymous, "GET", "/api/offers?pageSize=1000", null },
        { Callers.Provider, "POST", $"/api/offers/{Unknown}/publish", null },
        { Callers.Volunteer, "PUT", "/api/volunteers/me", "{\"firstName\": 5, " },
        { Callers.Volunteer, "POST", "/api/volunteers", "[1, 2, 3]" },
        { Callers.Admin, "GET", $"/api/volunteers/{Unknown}", null },
        { Callers.Admin, "GET", "/api/volunteers/not-a-guid", null },
        { Callers.Admin, "GET", "/api/volunteers/matches?offerId=not-a-guid", null },
        { Callers.Admin, "POST", $"/api/volunteers/{Unknown}/assignments", "{\"offerId\": \"x\"}" },
        { Callers.Anonymous, "GET", $"/api/events/{Unknown}", null },
        { Callers.Anonymous, "GET", "/api/events/not-a-guid", null },
        { Callers.Anonymous, "GET", "/api/events?from=yesterday-ish", null },
        { Callers.Coordinator, "POST", "/api/events", "{\"start\": \"soon\"}" },
        { Callers.Coordinator, "POST", $"/api/events/{Unknown}/attendance", "{\"volunteerIds\": [\"x\"]}" },
        { Callers.Anonymous, "GET", "/api/no-such-thing", null },
    };

    [Theory]
    [MemberData(nameof(BadRequests))]
    public async Task BadRequest_ToAnyService_IsProblemJsonWithTraceIdAndNoInternals(string caller, string method, string path, string? json)
    {
        using var request = platform.Request(caller, new HttpMethod(method), path);
        if (json is not null)
        {
            request.Content = new StringContent(json, Encoding.UTF8, "application/json");
        }

        using var response = await platform.Gateway.SendAsync(request);
        var body = await response.Content.ReadAsStringAsync();
        output.WriteLine($"{(int)response.StatusCode} {body}");

        Assert.InRange((int)response.StatusCode, 400, 499);
        ProblemAssertions.AssertWithoutInternals(platform, response, body);
        ProblemAssertions.AssertHardenedHeaders(response);
    }

    [Theory]
    [InlineData("/api/offers")]
    [InlineData("/api/municipalities")]
    [InlineData("/api/events/calendar.ics")]
    [InlineData("/api/volunteers")]
    [InlineData("/health")]
    [InlineData("/alive")]
    [InlineData("/openapi/v1.json")]
    [InlineData("/docs/index.html")]
    [InlineData("/nowhere")]
    public async Task AnyResponse_OfGatewayOrService_HasNoServerHeaderAndNoSniff(string path)
    {
        using var response = await platform.Gateway.GetAsync(new Uri(path, UriKind.Relative));

        ProblemAssertions.AssertHardenedHeaders(response);
    }

    [Theory]
    [InlineData(Callers.Anonymous, "/api/offers/3f0c9c43-0000-4000-8000-000000000002")]
    [InlineData(Callers.Admin, "/api/volunteers/3f0c9c43-0000-4000-8000-000000000002")]
    [InlineData(Callers.Anonymous, "/api/events/3f0c9c43-0000-4000-8000-000000000002")]
    [InlineData(Callers.Anonymous, "/api/volunteers")]
    public async Task Traceparent_SentToGateway_IsTheTraceIdOfTheServicesProblem(string caller, string path)
    {
        var traceId = Convert.ToHexStringLower(Guid.NewGuid().ToByteArray());
        using var request = platform.Request(caller, HttpMethod.Get, path);
        request.Headers.Add("traceparent", $"00-{traceId}-{Convert.ToHexStringLower(Guid.NewGuid().ToByteArray()[..8])}-01");

        using var response = await platform.Gateway.SendAsync(request);

        Assert.InRange((int)response.StatusCode, 400, 499);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(traceId, problem.GetProperty("traceId").GetString());
    }
}
