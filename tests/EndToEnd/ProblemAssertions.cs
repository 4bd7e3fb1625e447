using System.Text.Json;

namespace EndToEnd;

/// <summary>What every error answer through the gateway must look like, and what no answer may carry.</summary>
internal static class ProblemAssertions
{
    public static void AssertWithoutInternals(PlatformFixture platform, HttpResponseMessage response, string body)
    {
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var problem = JsonDocument.Parse(body).RootElement;
        Assert.Equal((int)response.StatusCode, problem.GetProperty("status").GetInt32());
        Assert.Matches("^[0-9a-f]{32}$", problem.GetProperty("traceId").GetString());
        foreach (var leak in new[] { "127.0.0.1", "localhost", "at System.", "at Microsoft.", "Exception", "Npgsql", "   at " })
        {
            Assert.DoesNotContain(leak, body, StringComparison.Ordinal);
        }

        Assert.DoesNotContain($":{platform.PostgresPort}", body, StringComparison.Ordinal);
    }

    public static void AssertHardenedHeaders(HttpResponseMessage response)
    {
        Assert.False(response.Headers.Contains("Server"), "Server header: " + string.Join(",", response.Headers.Server));
        Assert.False(response.Headers.Contains("X-Powered-By"));
        Assert.Equal("nosniff", Assert.Single(response.Headers.GetValues("X-Content-Type-Options")));
    }
}
