using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Npgsql;

namespace Persistence;

/// <summary>
/// Applies pending EF Core migrations when the service starts. Hosted services start before the
/// web server, so no request meets an old schema. A database that is not up yet (the AppHost
/// starts services once it answers, but a restart may race it) is retried for a while.
/// </summary>
internal sealed class DatabaseMigrator<TDbContext>(IServiceScopeFactory scopes, ILogger<DatabaseMigrator<TDbContext>> logger) : IHostedService
    where TDbContext : DbContext
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        var deadline = DateTime.UtcNow.AddSeconds(60);
        while (true)
        {
            try
            {
                await using var scope = scopes.CreateAsyncScope();
                var db = scope.ServiceProvider.GetRequiredService<TDbContext>();
                if (db.Database.GetMigrations().Any())
                {
                    // On a new database EF reads the history table before creating it and logs
                    // that failed read as an error (npgsql/efcore.pg#3407); an error in the log of
                    // a normal first start would send operators looking for a fault that is none.
                    await db.GetService<IHistoryRepository>().CreateIfNotExistsAsync(cancellationToken);
                    await db.Database.MigrateAsync(cancellationToken);
                }
                else
                {
                    // A context without migrations (a test or tool context) gets its schema as modelled.
                    await db.Database.EnsureCreatedAsync(cancellationToken);
                }

                return;
            }
            catch (NpgsqlException exception) when (exception.IsTransient && DateTime.UtcNow < deadline)
            {
                logger.LogWarning("Database for {Context} not reachable yet; retrying.", typeof(TDbContext).Name);
                await Task.Delay(TimeSpan.FromSeconds(1), cancellationToken);
            }
        }
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
