using System.Diagnostics;
using Microsoft.EntityFrameworkCore;
using Npgsql;

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
                .ConfigureDataSource(dataSource => dataSource.TraceInsideOperationsOnly()))
            .UseSnakeCaseNamingConvention();

    /// <summary>
    /// A data source of unpooled connections to the database <paramref name="template"/> points
    /// at, with the platform's conventions: for a session whose state must end with its
    /// connection (a session-level advisory lock), which a pooled connection would carry back
    /// into the pool. The caller disposes it.
    /// </summary>
    public static NpgsqlDataSource UnpooledDataSource(NpgsqlConnection template, string applicationName)
    {
        // CloneWith keeps the password, which the connection string of an opened or data-source
        // connection leaves out.
        using var clone = template.CloneWith(new NpgsqlConnectionStringBuilder(template.ConnectionString)
        {
            Pooling = false,
            ApplicationName = applicationName,
        }.ConnectionString);
        return new NpgsqlDataSourceBuilder(clone.ConnectionString).TraceInsideOperationsOnly().Build();
    }

    /// <summary>
    /// Commands are traced inside a recorded operation only. Outside one (the outbox relay
    /// confirming its leadership and looking for work at every poll, the health checks behind
    /// /health) each would be a trace of its own: one-span traces every second per service that
    /// bury the real ones in the dashboard and push them out of its trace limit.
    /// </summary>
    private static NpgsqlDataSourceBuilder TraceInsideOperationsOnly(this NpgsqlDataSourceBuilder dataSource) =>
        dataSource.ConfigureTracing(tracing => tracing
            .EnablePhysicalOpenTracing(false)
            .ConfigureCommandFilter(_ => Activity.Current is { Recorded: true })
            .ConfigureBatchFilter(_ => Activity.Current is { Recorded: true }));
}
