using System.Collections.Concurrent;
using Contracts.Offers;
using MassTransit;
using Messaging;

namespace Offers.Api.Tests.Support;

/// <summary>
/// A MassTransit bus of the test's own on the fixture's vhost: it consumes the Offers events from
/// the real broker, as another context would.
/// </summary>
public sealed class BrokerListener : IAsyncDisposable
{
    private readonly IBusControl _bus;
    private readonly ConcurrentQueue<object> _received = new();

    private BrokerListener(Uri amqpUri)
    {
        var address = RabbitMqAddress.Parse(amqpUri.ToString());
        _bus = Bus.Factory.CreateUsingRabbitMq(rabbit =>
        {
            rabbit.Host(address.Host, address.Port, address.VirtualHost, host =>
            {
                host.Username(address.Username);
                host.Password(address.Password);
            });
            rabbit.ReceiveEndpoint("offers-tests-listener", endpoint =>
            {
                endpoint.Handler<OfferPublishedIntegrationEvent>(context => Record(context.Message));
                endpoint.Handler<OfferUpdatedIntegrationEvent>(context => Record(context.Message));
                endpoint.Handler<OfferArchivedIntegrationEvent>(context => Record(context.Message));
            });
        });
    }

    public static async Task<BrokerListener> StartAsync(Uri amqpUri)
    {
        var listener = new BrokerListener(amqpUri);
        await listener._bus.StartAsync(new CancellationTokenSource(TimeSpan.FromSeconds(30)).Token);
        return listener;
    }

    public async Task<T> WaitForAsync<T>(Func<T, bool> predicate, int timeoutSeconds = 20)
    {
        var deadline = DateTime.UtcNow.AddSeconds(timeoutSeconds);
        while (DateTime.UtcNow < deadline)
        {
            var match = _received.OfType<T>().FirstOrDefault(predicate);
            if (match is not null)
            {
                return match;
            }

            await Task.Delay(100);
        }

        throw new TimeoutException($"No {typeof(T).Name} matching the condition arrived within {timeoutSeconds} s.");
    }

    private Task Record(object message)
    {
        _received.Enqueue(message);
        return Task.CompletedTask;
    }

    public async ValueTask DisposeAsync() => await _bus.StopAsync();
}
