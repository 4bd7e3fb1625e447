using System.Net.Http.Headers;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using ServiceDefaults.Authentication;

namespace TestInfrastructure;

/// <summary>
/// Hosts one service in-process against real PostgreSQL and RabbitMQ. Settings are passed with
/// UseSetting so they are visible while Program.cs builds (connection strings are read there).
/// </summary>
public sealed class ServiceFactory<TProgram>(IReadOnlyDictionary<string, string?> settings, string environment = "Development")
    : WebApplicationFactory<TProgram> where TProgram : class
{
    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment(environment);
        foreach (var (key, value) in settings)
        {
            builder.UseSetting(key, value);
        }
    }

    public HttpClient CreateAnonymousClient() => CreateClient();

    public HttpClient CreateClientFor(string role, string subject, string? municipality = null, string? organization = null)
    {
        var client = CreateClient();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue(
            "Bearer", DevelopmentTokens.Create(role, subject, municipality, organization));
        return client;
    }
}
