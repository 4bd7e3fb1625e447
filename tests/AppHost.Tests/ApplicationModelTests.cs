using AppHost.LocalServers;
using Aspire.Hosting;
using Aspire.Hosting.ApplicationModel;
using Aspire.Hosting.Testing;
using Microsoft.Extensions.Logging.Abstractions;

namespace AppHost.Tests;

/// <summary>
/// The AppHost's map, read without starting anything: which resources there are, which are
/// children of which, what each service is given and what it waits for, for the local servers
/// and for Aspire's containers alike.
/// </summary>
public sealed class ApplicationModelTests
{
    private static readonly string[] Databases = ["eventsdb", "offersdb", "volunteersdb"];

    [Fact]
    public async Task Build_LocalServers_PostgresWithThreeDatabasesRabbitMqWithItsEpmd()
    {
        await using var builder = await CreateAsync();

        var postgres = Assert.IsType<LocalPostgresServerResource>(Find(builder, "postgres"));
        Assert.Equal(Databases, builder.Resources.OfType<LocalPostgresDatabaseResource>().Where(d => d.Parent == postgres).Select(d => d.Name).Order());
        var messaging = Assert.IsType<LocalRabbitMQServerResource>(Find(builder, "messaging"));
        Assert.True(messaging.NodeOptions.ManagementPort > 0, "the management plugin is on");
        var epmd = Assert.IsType<ExecutableResource>(Find(builder, "messaging-epmd"));
        Assert.Contains(messaging.Annotations.OfType<WaitAnnotation>(), w => w.Resource == epmd);
        Assert.Contains(postgres.Annotations.OfType<HealthCheckAnnotation>(), h => h.Key == "postgres_check");
    }

    [Fact]
    public async Task Build_UseContainers_AspiresOwnPostgresAndRabbitMqContainers()
    {
        await using var builder = await CreateAsync("AppHost:UseContainers=true");

        var postgres = Assert.IsType<PostgresServerResource>(Find(builder, "postgres"));
        Assert.True(postgres.TryGetContainerImageName(out var image), "postgres has an image");
        Assert.Contains("postgres", image, StringComparison.Ordinal);
        Assert.Equal(Databases, builder.Resources.OfType<PostgresDatabaseResource>().Where(d => d.Parent == postgres).Select(d => d.Name).Order());
        var messaging = Assert.IsType<RabbitMQServerResource>(Find(builder, "messaging"));
        Assert.Contains(messaging.Annotations.OfType<EndpointAnnotation>(), e => e.Name == "management");
        Assert.DoesNotContain(builder.Resources, r => r is LocalPostgresServerResource or LocalRabbitMQServerResource || r.Name == "messaging-epmd");
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task Build_EitherServers_EachServiceGetsItsDatabaseAndTheBrokerAndWaitsForThem(bool containers)
    {
        await using var builder = await CreateAsync(containers ? "AppHost:UseContainers=true" : "AppHost:UseContainers=false");

        foreach (var (service, database) in new[] { ("offers-api", "offersdb"), ("volunteers-api", "volunteersdb"), ("events-api", "eventsdb") })
        {
            var project = Assert.IsType<ProjectResource>(Find(builder, service));
            var environment = await ManifestEnvironmentAsync(project);
            Assert.Equal($"{{{database}.connectionString}}", environment[$"ConnectionStrings__{database}"]);
            Assert.Equal("{messaging.connectionString}", environment["ConnectionStrings__messaging"]);
            Assert.Equal("Development", environment["ASPNETCORE_ENVIRONMENT"]);
            // Waiting for a database is waiting for its server too.
            Assert.Equal(["postgres", database, "messaging"], project.Annotations.OfType<WaitAnnotation>().Select(w => w.Resource.Name));
            Assert.Contains(project.Annotations.OfType<HealthCheckAnnotation>(), h => h.Key.Contains("http", StringComparison.Ordinal));
        }
    }

    [Fact]
    public async Task Build_Gateway_KnowsEveryServiceWaitsForThemAndListensOnTheConfiguredPort()
    {
        await using var builder = await CreateAsync("AppHost:GatewayPort=5099");

        var gateway = Assert.IsType<ProjectResource>(Find(builder, "gateway"));
        var environment = await ManifestEnvironmentAsync(gateway);
        string[] services = ["offers-api", "volunteers-api", "events-api"];
        foreach (var service in services)
        {
            Assert.Equal($"{{{service}.bindings.http.url}}", environment[$"services__{service}__http__0"]);
        }

        Assert.Equal(services, gateway.Annotations.OfType<WaitAnnotation>().Select(w => w.Resource.Name));
        Assert.Contains(gateway.Annotations.OfType<EndpointAnnotation>(), e => e.Name == "http" && e.Port == 5099 && e.IsExternal);
        Assert.DoesNotContain(environment.Keys, key => key.StartsWith("ConnectionStrings__", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Build_WebApp_KnowsOnlyTheGatewayWaitsForItAndListensOnTheConfiguredPort()
    {
        await using var builder = await CreateAsync("AppHost:WebAppPort=5098");

        var webApp = Assert.IsType<ProjectResource>(Find(builder, "webapp"));
        var environment = await ManifestEnvironmentAsync(webApp);

        // A client of the public API like any partner app: the gateway's address, no database, no broker, no service.
        Assert.Equal("{gateway.bindings.http.url}", environment["services__gateway__http__0"]);
        Assert.DoesNotContain(environment.Keys, key => key.StartsWith("ConnectionStrings__", StringComparison.Ordinal));
        Assert.DoesNotContain(environment.Keys, key => key.StartsWith("services__", StringComparison.Ordinal) && !key.StartsWith("services__gateway__", StringComparison.Ordinal));
        Assert.Equal(["gateway"], webApp.Annotations.OfType<WaitAnnotation>().Select(w => w.Resource.Name));
        Assert.Contains(webApp.Annotations.OfType<EndpointAnnotation>(), e => e.Name == "http" && e.Port == 5098 && e.IsExternal);
    }

    private static Task<IDistributedApplicationTestingBuilder> CreateAsync(params string[] arguments) =>
        DistributedApplicationTestingBuilder.CreateAsync<Projects.AppHost>(["AppHost:DataDirectory=/tmp/integration-aspire-model", .. arguments]);

    /// <summary>The environment as the manifest writes it: references by resource name, not values.</summary>
    private static async Task<IReadOnlyDictionary<string, string>> ManifestEnvironmentAsync(IResource resource)
    {
        var configuration = await ExecutionConfigurationBuilder.Create(resource)
            .WithEnvironmentVariablesConfig()
            .BuildAsync(new DistributedApplicationExecutionContext(DistributedApplicationOperation.Publish), NullLogger.Instance, CancellationToken.None);
        return configuration.EnvironmentVariables.ToDictionary();
    }

    private static IResource Find(IDistributedApplicationTestingBuilder builder, string name) =>
        Assert.Single(builder.Resources, r => r.Name == name);
}
