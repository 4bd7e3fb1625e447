using System.Collections.Concurrent;
using Contracts.Events;
using MassTransit;
using Messaging;

namespace Events.Api.Tests.Support;

/// <summary>
/// A bus of the test's own on the service's virtual host, with a queue bound to the events the
/// service publishes: what it records has really crossed RabbitMQ.
/// </summary>
public sealed class BrokerObserver : IAsyncDisposable
{
    private readonly IBusControl _bus;

    public ConcurrentQueue<object> Received { get; } = new();

    private BrokerObserver(Uri amqpUri)
    {
        var broker = RabbitMqAddress.Parse(amqpUri.ToString());
        _bus = Bus.Factory.CreateUsingRabbitMq(rabbit =>
        {
            rabbit.Host(broker.Host, broker.Port, broker.VirtualHost, host =>
            {
                host.Username(broker.Username);
                host.Password(broker.Password);
            });
            rabbit.ReceiveEndpoint($"test-observer-{Guid.NewGuid():N}", endpoint =>
            {
                endpoint.AutoDelete = true;
                endpoint.Durable = false;
                endpoint.Handler<EventCancelledIntegrationEvent>(Record);
                endpoint.Handler<RegistrationConfirmedIntegrationEvent>(Record);
                endpoint.Handler<TrainingCompletedIntegrationEvent>(Record);
            });
        });
    }

    public static async Task<BrokerObserver> StartAsync(Uri amqpUri)
    {
        var observer = new BrokerObserver(amqpUri);
        await observer._bus.StartAsync(new CancellationTokenSource(TimeSpan.FromSeconds(30)).Token);
        return observer;
    }

    public IReadOnlyList<T> Of<T>() => Received.OfType<T>().ToList();

    public Task WaitForAsync<T>(Func<T, bool> match, int count = 1, string? what = null) =>
        EventsServiceFixture.WaitUntilAsync(() => Task.FromResult(Of<T>().Count(match) >= count), what ?? $"{count} {typeof(T).Name} arrived");

    public ValueTask DisposeAsync() => new(_bus.StopAsync());

    private Task Record<T>(ConsumeContext<T> context) where T : class
    {
        Received.Enqueue(context.Message);
        return Task.CompletedTask;
    }
}
