using TestSupport;
using System.Collections.Concurrent;
using System.Reflection;
using MassTransit;
using Messaging;
using Messaging.Outbox;

namespace TestInfrastructure;

/// <summary>
/// The one test bus: a MassTransit bus of the test's own on the service's virtual host. It
/// publishes into the service under test as another context would, and records every integration
/// event of the Contracts assembly that the service publishes, after it has crossed RabbitMQ.
/// </summary>
public sealed class TestBus : IAsyncDisposable
{
    private readonly IBusControl _bus;
    private readonly ConcurrentQueue<object> _received = new();

    private TestBus(Uri amqpUri, Action<IRabbitMqBusFactoryConfigurator>? configure)
    {
        var broker = RabbitMqAddress.Parse(amqpUri.ToString());
        _bus = Bus.Factory.CreateUsingRabbitMq(rabbit =>
        {
            rabbit.Host(broker.Host, broker.Port, broker.VirtualHost, host =>
            {
                host.Username(broker.Username);
                host.Password(broker.Password);
            });
            rabbit.ReceiveEndpoint($"test-bus-{Guid.NewGuid():N}", endpoint =>
            {
                endpoint.AutoDelete = true;
                endpoint.Durable = false;
                foreach (var type in IntegrationEventTypes.All)
                {
                    RecordMethod.MakeGenericMethod(type).Invoke(this, [endpoint]);
                }
            });
            configure?.Invoke(rabbit);
        });
    }

    public IPublishEndpoint Publisher => _bus;

    /// <param name="configure">Further endpoints, e.g. a responder standing in for another context.</param>
    public static async Task<TestBus> StartAsync(Uri amqpUri, Action<IRabbitMqBusFactoryConfigurator>? configure = null)
    {
        var bus = new TestBus(amqpUri, configure);
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        await bus._bus.StartAsync(timeout.Token);
        return bus;
    }

    public Task Publish<T>(T message, Action<PublishContext<T>>? configure = null) where T : class =>
        configure is null ? _bus.Publish(message) : _bus.Publish(message, configure);

    public IReadOnlyList<T> Received<T>() => [.. _received.OfType<T>()];

    /// <summary>The first received <typeparamref name="T"/> that matches; fails naming the type after <paramref name="timeout"/> (20 s).</summary>
    public async Task<T> WaitForAsync<T>(Func<T, bool> match, TimeSpan? timeout = null)
    {
        await Eventually.HoldsAsync($"a matching {typeof(T).Name} arrived", () => Received<T>().Any(match), timeout ?? TimeSpan.FromSeconds(20));
        return Received<T>().First(match);
    }

    public async ValueTask DisposeAsync() => await _bus.StopAsync();

    private static readonly MethodInfo RecordMethod = typeof(TestBus).GetMethod(nameof(Record), BindingFlags.NonPublic | BindingFlags.Instance)!;

    private void Record<T>(IRabbitMqReceiveEndpointConfigurator endpoint) where T : class =>
        endpoint.Handler<T>(context =>
        {
            _received.Enqueue(context.Message);
            return Task.CompletedTask;
        });
}
