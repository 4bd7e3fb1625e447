using System.Diagnostics;
using Microsoft.EntityFrameworkCore;

namespace Persistence;

/// <summary>
/// The data conventions of every service's database, written down once: snake_case names for
/// tables, columns, keys and indexes (EFCore.NamingConventions), the migrations history table,
/// and how long an id that crosses contexts may be.
/// </summary>
public static class DataConventions
{
    /// <summary>
    /// Municipality, category, target-group and language ids, slugs: ids of the county profile
    /// that several contexts store. One length, so a value one context accepts every other can
    /// keep.
    /// </summary>
    public const int SharedIdLength = 64;

    public const string MigrationsHistoryTable = "__ef_migrations_history";

    /// <inheritdoc cref="UsePlatformDatabase(DbContextOptionsBuilder, string)"/>
    public static DbContextOptionsBuilder<TDbContext> UsePlatformDatabase<TDbContext>(this DbContextOptionsBuilder<TDbContext> options, string connectionString)
        where TDbContext : DbContext =>
        (DbContextOptionsBuilder<TDbContext>)((DbContextOptionsBuilder)options).UsePlatformDatabase(connectionString);

    /// <summary>PostgreSQL through Npgsql with the platform's conventions (services, design time, tests, benchmarks).</summary>
    public static DbContextOptionsBuilder UsePlatformDatabase(this DbContextOptionsBuilder options, string connectionString) =>
        options
            .UseNpgsql(connectionString, npgsql => npgsql
                .MigrationsHistoryTable(MigrationsHistoryTable)
                // Commands are traced inside a recorded operation only. Outside one (the outbox
                // relay looking for work at every poll, the health checks behind /health) each
                // would be a trace of its own: thousands of one-span traces that bury the real ones.
                .ConfigureDataSource(dataSource => dataSource.ConfigureTracing(tracing => tracing
                    .EnablePhysicalOpenTracing(false)
                    .ConfigureCommandFilter(_ => Activity.Current is { Recorded: true })
                    .ConfigureBatchFilter(_ => Activity.Current is { Recorded: true }))))
            .UseSnakeCaseNamingConvention();
}
