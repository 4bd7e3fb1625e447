using Xunit;

using MassTransit;
using Microsoft.Extensions.DependencyInjection;

namespace TestInfrastructure;

/// <summary>
/// A service under test with its own throwaway database and RabbitMQ virtual host, one per test
/// class (use as IClassFixture of a subclass naming the database). Messages published by the
/// service really cross the broker; nothing stands in for PostgreSQL or RabbitMQ.
/// </summary>
public abstract class ServiceFixture<TProgram> : IAsyncLifetime where TProgram : class
{
    private readonly PostgresDatabaseFixture _database = new();
    private readonly RabbitMqVirtualHostFixture _virtualHost = new();

    /// <summary>The connection-string name the service reads, e.g. <c>offersdb</c>.</summary>
    protected abstract string DatabaseName { get; }

    protected virtual string Environment => "Development";

    public ServiceFactory<TProgram> Factory { get; private set; } = null!;

    public string ConnectionString => _database.ConnectionString;

    public Uri AmqpUri => _virtualHost.AmqpUri;

    /// <summary>Extra settings for the service (configuration keys with ':').</summary>
    protected virtual IEnumerable<KeyValuePair<string, string?>> AdditionalSettings => [];

    public virtual async Task InitializeAsync()
    {
        await Task.WhenAll(_database.InitializeAsync(), _virtualHost.InitializeAsync());
        var settings = new Dictionary<string, string?>
        {
            [$"ConnectionStrings:{DatabaseName}"] = _database.ConnectionString,
            ["ConnectionStrings:messaging"] = _virtualHost.AmqpUri.ToString(),
            // Tests want events out quickly; production polls every second.
            ["Messaging:Outbox:PollInterval"] = "00:00:00.200",
        };
        foreach (var (key, value) in AdditionalSettings)
        {
            settings[key] = value;
        }

        Factory = new ServiceFactory<TProgram>(settings, Environment);
        _ = Factory.Server; // start now: migrations run, the bus connects
        // MassTransit starts the bus in the background; wait, so consumers are listening before
        // a test publishes, and so disposing never races a bus that is still starting.
        if (Factory.Services.GetService<IBusControl>() is { } bus)
        {
            using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(60));
            await bus.WaitForHealthStatus(BusHealthStatus.Healthy, timeout.Token);
        }
    }

    public T GetRequiredService<T>() where T : notnull => Factory.Services.GetRequiredService<T>();

    public virtual async Task DisposeAsync()
    {
        await Factory.DisposeAsync();
        await Task.WhenAll(_virtualHost.DisposeAsync(), _database.DisposeAsync());
    }
}
