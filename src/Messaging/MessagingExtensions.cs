using MassTransit;
using Messaging.Outbox;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;

namespace Messaging;

public static class MessagingExtensions
{
    public const string ConnectionName = "messaging";

    /// <summary>
    /// MassTransit on RabbitMQ (connection string <c>messaging</c>, an amqp URI, as Aspire names
    /// it) plus the outbox relay of <typeparamref name="TDbContext"/>. Queues are named
    /// <c>{service}-{consumer}</c>, so each service gets its own copy of every event it consumes.
    /// Every endpoint retries a failing message with growing intervals, then MassTransit moves it
    /// to the endpoint's <c>_error</c> queue.
    /// </summary>
    public static IHostApplicationBuilder AddPlatformMessaging<TDbContext>(
        this IHostApplicationBuilder builder,
        string serviceName,
        Action<IBusRegistrationConfigurator>? configure = null)
        where TDbContext : DbContext
    {
        var connectionString = builder.Configuration.GetConnectionString(ConnectionName)
            ?? throw new InvalidOperationException($"ConnectionStrings:{ConnectionName} (an amqp:// URI) is not configured.");
        var broker = RabbitMqAddress.Parse(connectionString);

        builder.Services.AddMassTransit(bus =>
        {
            bus.SetEndpointNameFormatter(new KebabCaseEndpointNameFormatter(serviceName, includeNamespace: false));
            bus.AddConfigureEndpointsCallback((_, _, endpoint) =>
                endpoint.UseMessageRetry(retry => retry.Intervals(100, 500, 1000, 2000, 5000)));
            configure?.Invoke(bus);
            bus.UsingRabbitMq((context, rabbit) =>
            {
                rabbit.Host(broker.Host, broker.Port, broker.VirtualHost, host =>
                {
                    host.Username(broker.Username);
                    host.Password(broker.Password);
                });
                rabbit.ConfigureEndpoints(context);
            });
        });

        // The relay wakes as soon as a save of the service's own DbContext added outbox rows.
        builder.Services.AddSingleton<OutboxSignal<TDbContext>>();
        builder.Services.AddSingleton<OutboxSaveChangesInterceptor<TDbContext>>();
        builder.Services.ConfigureDbContext<TDbContext>((services, options) =>
            options.AddInterceptors(services.GetRequiredService<OutboxSaveChangesInterceptor<TDbContext>>()));
        builder.Services.AddOptions<OutboxRelayOptions>().BindConfiguration("Messaging:Outbox");
        builder.Services.AddHostedService<OutboxRelay<TDbContext>>();
        builder.Services.AddOptions<MessageRetentionOptions>().BindConfiguration(MessageRetentionOptions.SectionName);
        builder.Services.TryAddSingleton(TimeProvider.System);
        builder.Services.AddHostedService<MessageRetention<TDbContext>>();
        return builder;
    }
}
