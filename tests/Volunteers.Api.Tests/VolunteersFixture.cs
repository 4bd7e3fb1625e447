using System.Collections.Concurrent;
using Contracts.Volunteers;
using MassTransit;
using Messaging;
using Microsoft.Extensions.DependencyInjection;
using TestInfrastructure;
using Volunteers.Api.Infrastructure;

namespace Volunteers.Api.Tests;

/// <summary>
/// The Volunteers service on its own database and vhost, shared by the test classes of the
/// collection (tests use distinct subjects and ids, so they do not see each other's data), plus a
/// bus of the test's own on the same vhost that publishes into the service and records what the
/// service publishes.
/// </summary>
public sealed class VolunteersFixture : ServiceFixture<Program>
{
    protected override string DatabaseName => "volunteersdb";

    public IBusControl TestBus { get; private set; } = null!;

    public ConcurrentQueue<object> Published { get; } = new();

    public override async Task InitializeAsync()
    {
        await base.InitializeAsync();
        await WaitUntilHealthyAsync(GetRequiredService<IBusControl>());
        TestBus = CreateBus(AmqpUri, cfg => cfg.ReceiveEndpoint("volunteers-tests-observer", endpoint =>
        {
            endpoint.Handler<VolunteerRegisteredIntegrationEvent>(Record);
            endpoint.Handler<VolunteerUpdatedIntegrationEvent>(Record);
            endpoint.Handler<VolunteerAssignedIntegrationEvent>(Record);
            endpoint.Handler<VolunteerErasedIntegrationEvent>(Record);
        }));
        await TestBus.StartAsync();
    }

    public static IBusControl CreateBus(Uri amqpUri, Action<IRabbitMqBusFactoryConfigurator> configure) =>
        Bus.Factory.CreateUsingRabbitMq(cfg =>
        {
            var broker = RabbitMqAddress.Parse(amqpUri.ToString());
            cfg.Host(broker.Host, broker.Port, broker.VirtualHost, host =>
            {
                host.Username(broker.Username);
                host.Password(broker.Password);
            });
            configure(cfg);
        });

    /// <summary>MassTransit starts the service's bus in the background; publish only once its queues are bound.</summary>
    private static async Task WaitUntilHealthyAsync(IBusControl bus)
    {
        var deadline = DateTime.UtcNow.AddSeconds(30);
        while (bus.CheckHealth().Status != BusHealthStatus.Healthy && DateTime.UtcNow < deadline)
        {
            await Task.Delay(100);
        }
    }

    private Task Record<T>(ConsumeContext<T> context) where T : class
    {
        Published.Enqueue(context.Message);
        return Task.CompletedTask;
    }

    /// <summary>Runs a query against the service's database in a fresh scope.</summary>
    public async Task<T> QueryAsync<T>(Func<VolunteersDbContext, Task<T>> query)
    {
        await using var scope = Factory.Services.CreateAsyncScope();
        return await query(scope.ServiceProvider.GetRequiredService<VolunteersDbContext>());
    }

    /// <summary>Polls until <paramref name="condition"/> holds (messages cross a real broker).</summary>
    public static async Task<bool> EventuallyAsync(Func<Task<bool>> condition, int seconds = 10)
    {
        var deadline = DateTime.UtcNow.AddSeconds(seconds);
        while (DateTime.UtcNow < deadline)
        {
            if (await condition())
            {
                return true;
            }

            await Task.Delay(100);
        }

        return await condition();
    }

    public override async Task DisposeAsync()
    {
        await TestBus.StopAsync();
        await base.DisposeAsync();
    }
}

[CollectionDefinition(Name)]
public sealed class VolunteersCollection : ICollectionFixture<VolunteersFixture>
{
    public const string Name = "volunteers";
}
