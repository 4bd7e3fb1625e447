using AppHost.Tests.Support;
using Npgsql;

namespace AppHost.Tests;

/// <summary>What a project gets from the AppHost: Aspire's environment, so services run unchanged under Aspire.</summary>
public sealed class ProjectResourceTests(EchoAppHostFixture host) : IClassFixture<EchoAppHostFixture>
{
    [Fact]
    public async Task WithReference_Database_PassesAWorkingConnectionString()
    {
        var connectionString = host.EchoEnvironment["ConnectionStrings:echodb"];

        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();

        Assert.Equal("echodb", connection.Database);
    }

    [Fact]
    public void WithReference_Project_PassesItsUrlAsServicesHttp0()
    {
        Assert.Equal(host.EchoUrl, host.FrontEnvironment["services:echo-api:http:0"]);
    }

    [Fact]
    public void Start_Project_GetsOtelNameUrlsEnvironmentAndOtlpEndpoint()
    {
        Assert.Equal("front", host.FrontEnvironment["OTEL_SERVICE_NAME"]);
        Assert.Equal("http://127.0.0.1:4317", host.FrontEnvironment["OTEL_EXPORTER_OTLP_ENDPOINT"]);
        Assert.Equal("Testing", host.FrontEnvironment["EnvironmentName"]);
        Assert.StartsWith("http://127.0.0.1:", host.FrontEnvironment["ASPNETCORE_URLS"]);
    }

    [Fact]
    public void Start_Project_RunsWithItsProjectFolderAsContentRoot()
    {
        Assert.Equal(new EchoService().ProjectPath, host.FrontEnvironment["ContentRoot"]!.TrimEnd('/'));
        Assert.Equal("echo-service-appsettings", host.FrontEnvironment["FromAppSettings"]);
    }
}
