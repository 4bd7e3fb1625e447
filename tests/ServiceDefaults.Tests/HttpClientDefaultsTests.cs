using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace ServiceDefaults.Tests;

/// <summary>
/// The HttpClient every service gets: names resolved through service discovery
/// (<c>services:{name}:http:0</c>), transient failures retried for safe methods only.
/// </summary>
public sealed class HttpClientDefaultsTests : IAsyncLifetime
{
    private WebApplication _downstream = null!;
    private int _calls;

    public async Task InitializeAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        _downstream = builder.Build();
        _downstream.Map("/{**path}", () =>
        {
            Interlocked.Increment(ref _calls);
            return Results.StatusCode(StatusCodes.Status503ServiceUnavailable);
        });
        await _downstream.StartAsync();
    }

    public async Task DisposeAsync() => await _downstream.DisposeAsync();

    [Fact]
    public async Task Get_ServiceAnswers503_IsRetried()
    {
        using var client = CreateClient();

        using var response = await client.GetAsync(new Uri("http://offers-api/api/offers"));

        Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
        Assert.True(_calls > 1, $"a GET was sent {_calls} time(s)");
    }

    [Theory]
    [InlineData("POST")]
    [InlineData("PUT")]
    [InlineData("DELETE")]
    public async Task UnsafeMethod_ServiceAnswers503_IsSentOnce(string method)
    {
        using var client = CreateClient();

        using var response = await client.SendAsync(new HttpRequestMessage(new HttpMethod(method), new Uri("http://offers-api/api/offers")));

        Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
        Assert.Equal(1, _calls);
    }

    private HttpClient CreateClient()
    {
        var address = _downstream.Services.GetRequiredService<IServer>().Features.GetRequiredFeature<IServerAddressesFeature>().Addresses.Single();
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions { EnvironmentName = "Development" });
        builder.Configuration["services:offers-api:http:0"] = address;
        builder.AddServiceDefaults();
        var services = builder.Build().Services;
        return services.GetRequiredService<IHttpClientFactory>().CreateClient();
    }
}
