using MassTransit;
using Persistence;
using Messaging;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace Messaging.Tests.Support;

/// <summary>A host wired exactly as a service wires messaging: own DbContext, relay, consumers.</summary>
public static class MessagingHost
{
    public static IHost Create(string connectionString, Uri amqpUri, string serviceName = "messaging-tests", IReadOnlyDictionary<string, string?>? settings = null, bool consumes = true)
    {
        var builder = Host.CreateApplicationBuilder();
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["ConnectionStrings:testdb"] = connectionString,
            ["ConnectionStrings:messaging"] = amqpUri.ToString(),
            ["Messaging:Outbox:PollInterval"] = "00:00:00.200",
            ["Messaging:Outbox:MinBackoff"] = "00:00:00.200",
            ["Messaging:Outbox:MaxBackoff"] = "00:00:01",
            ["Messaging:Outbox:PublishTimeout"] = "00:00:03",
            ["Messaging:Outbox:StandbyInterval"] = "00:00:00.200",
        });
        builder.Configuration.AddInMemoryCollection(settings ?? new Dictionary<string, string?>());
        builder.AddServiceDbContext<TestDbContext>("testdb");
        builder.AddPlatformMessaging<TestDbContext>(serviceName, bus =>
        {
            if (consumes)
            {
                // One message at a time, so delivery order is observable.
                bus.AddConsumer<TallyConsumer>().Endpoint(endpoint =>
                {
                    endpoint.ConcurrentMessageLimit = 1;
                    endpoint.PrefetchCount = 1;
                });
            }
        });
        return builder.Build();
    }

    /// <summary>
    /// Starts the host and waits until the bus is connected. MassTransit starts the bus in the
    /// background; a host stopped before that finishes would leave a bus running.
    /// </summary>
    public static async Task StartAndWaitForBusAsync(this IHost host)
    {
        await host.StartAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(60));
        await host.Services.GetRequiredService<IBusControl>().WaitForHealthStatus(BusHealthStatus.Healthy, timeout.Token);
    }

    public static async Task<T> WithDbAsync<T>(this IHost host, Func<TestDbContext, Task<T>> action)
    {
        await using var scope = host.Services.CreateAsyncScope();
        return await action(scope.ServiceProvider.GetRequiredService<TestDbContext>());
    }

}
