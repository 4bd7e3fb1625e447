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
/// Instances of one service starting together (replicas) take turns through a PostgreSQL
/// advisory lock: two at once on a new database both created the history table and one failed
/// to start (seen with <c>AppHost:Replicas=2</c>).
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
                // One connection for the lock and the migration: the lock is its session's.
                await db.Database.OpenConnectionAsync(cancellationToken);
                try
                {
                    await db.Database.ExecuteSqlRawAsync($"SELECT pg_advisory_lock({MigrationLockKey})", cancellationToken);
                    await MigrateAsync(db, cancellationToken);
                    // Explicitly, before the connection goes back to the pool; a broken session
                    // has lost the lock anyway.
                    await db.Database.ExecuteSqlRawAsync($"SELECT pg_advisory_unlock({MigrationLockKey})", CancellationToken.None);
                }
                finally
                {
                    await db.Database.CloseConnectionAsync();
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

    // Any fixed number: advisory locks are per database, and only migrators take this one.
    private const long MigrationLockKey = 0x5C4E_4D41_4D49_4752; // "schema migration"

    private static async Task MigrateAsync(TDbContext db, CancellationToken cancellationToken)
    {
        if (db.Database.GetMigrations().Any())
        {
            // On a new database EF reads the history table before creating it and logs that
            // failed read as an error (npgsql/efcore.pg#3407); an error in the log of a normal
            // first start would send operators looking for a fault that is none.
            await db.GetService<IHistoryRepository>().CreateIfNotExistsAsync(cancellationToken);
            await db.Database.MigrateAsync(cancellationToken);
        }
        else
        {
            // A context without migrations (a test or tool context) gets its schema as modelled.
            await db.Database.EnsureCreatedAsync(cancellationToken);
        }
    }
}
