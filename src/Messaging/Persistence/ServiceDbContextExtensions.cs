using System.Diagnostics;
using Messaging.Outbox;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace Messaging.Persistence;

public static class ServiceDbContextExtensions
{
    /// <summary>
    /// Registers a service's own DbContext on PostgreSQL from <c>ConnectionStrings:{connectionName}</c>
    /// (Aspire's convention), with the outbox signal, a readiness check, and migrations applied at
    /// start-up before the service accepts requests.
    /// </summary>
    public static IHostApplicationBuilder AddServiceDbContext<TDbContext>(this IHostApplicationBuilder builder, string connectionName)
        where TDbContext : DbContext
    {
        var connectionString = builder.Configuration.GetConnectionString(connectionName)
            ?? throw new InvalidOperationException($"ConnectionStrings:{connectionName} is not configured.");

        builder.Services.AddSingleton<OutboxSignal<TDbContext>>();
        builder.Services.AddSingleton<OutboxSaveChangesInterceptor<TDbContext>>();
        builder.Services.AddDbContext<TDbContext>((services, options) => options
            .UseNpgsql(connectionString, npgsql => npgsql
                .MigrationsHistoryTable("__ef_migrations_history")
                // Commands are traced inside a recorded operation only. Outside one (the outbox
                // relay looking for work at every poll, the health checks behind /health) each
                // would be a trace of its own: thousands of one-span traces that bury the real ones.
                .ConfigureDataSource(dataSource => dataSource.ConfigureTracing(tracing => tracing
                    .EnablePhysicalOpenTracing(false)
                    .ConfigureCommandFilter(_ => Activity.Current is { Recorded: true })
                    .ConfigureBatchFilter(_ => Activity.Current is { Recorded: true }))))
            .AddInterceptors(services.GetRequiredService<OutboxSaveChangesInterceptor<TDbContext>>()));
        builder.Services.AddHealthChecks().AddDbContextCheck<TDbContext>(connectionName);
        builder.Services.AddHostedService<DatabaseMigrator<TDbContext>>();
        return builder;
    }
}
