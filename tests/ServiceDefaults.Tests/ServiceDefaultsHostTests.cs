using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.Hosting;

namespace ServiceDefaults.Tests;

/// <summary>The defaults as a service sees them: a minimal app on the in-memory test server.</summary>
public sealed class ServiceDefaultsHostTests : IAsyncLifetime
{
    private WebApplication _app = null!;
    private HttpClient _client = null!;

    public enum Kind { SelfCare, Networking }

    public sealed record Body(string Name, Kind Kind);

    public async Task InitializeAsync()
    {
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions { EnvironmentName = "Development" });
        builder.WebHost.UseTestServer();
        builder.AddServiceDefaults();
        _app = builder.Build();
        _app.UseServiceDefaults();
        _app.MapDefaultEndpoints();
        _app.MapPost("/echo", (Body body) => TypedResults.Ok(body));
        _app.MapGet("/secret", () => "no").RequireAuthorization();
        await _app.StartAsync();
        _client = _app.GetTestClient();
    }

    public async Task DisposeAsync() => await _app.DisposeAsync();

    [Fact]
    public async Task Post_InvalidJson_Returns400ProblemWithTraceId()
    {
        using var content = new StringContent("{ \"name\": ", System.Text.Encoding.UTF8, "application/json");

        using var response = await _client.PostAsync(new Uri("/echo", UriKind.Relative), content);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.True(problem.TryGetProperty("traceId", out _));
        Assert.Equal(400, problem.GetProperty("status").GetInt32());
    }

    [Fact]
    public async Task Post_WrongContentType_Returns415Problem()
    {
        using var content = new StringContent("name=x", System.Text.Encoding.UTF8, "application/x-www-form-urlencoded");

        using var response = await _client.PostAsync(new Uri("/echo", UriKind.Relative), content);

        Assert.Equal(HttpStatusCode.UnsupportedMediaType, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task Post_EnumValue_IsWrittenAsKebabCase()
    {
        using var response = await _client.PostAsJsonAsync(new Uri("/echo", UriKind.Relative), new { name = "x", kind = "self-care" });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("\"kind\":\"self-care\"", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Get_ProtectedWithoutToken_Returns401Problem()
    {
        using var response = await _client.GetAsync(new Uri("/secret", UriKind.Relative));

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Fact]
    public async Task Get_ProtectedWithDevelopmentToken_Succeeds()
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "/secret");
        request.Headers.Authorization = new("Bearer", Authentication.DevelopmentTokens.Create("admin", "a-1"));

        using var response = await _client.SendAsync(request);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task Alive_Answers200() =>
        Assert.Equal(HttpStatusCode.OK, (await _client.GetAsync(new Uri("/alive", UriKind.Relative))).StatusCode);
}
