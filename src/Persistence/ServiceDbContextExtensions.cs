using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace Persistence;

public static class ServiceDbContextExtensions
{
    /// <summary>
    /// Registers a service's own DbContext on PostgreSQL from <c>ConnectionStrings:{connectionName}</c>
    /// (Aspire's convention) with the platform's data conventions, a readiness check named after
    /// the database, and migrations applied at start-up before the service accepts requests.
    /// </summary>
    public static IHostApplicationBuilder AddServiceDbContext<TDbContext>(this IHostApplicationBuilder builder, string connectionName)
        where TDbContext : DbContext
    {
        var connectionString = builder.Configuration.GetConnectionString(connectionName)
            ?? throw new InvalidOperationException($"ConnectionStrings:{connectionName} is not configured.");

        builder.Services.AddDbContext<TDbContext>(options => options.UsePlatformDatabase(connectionString));
        builder.Services.AddHealthChecks().AddDbContextCheck<TDbContext>(connectionName);
        builder.Services.AddHostedService<DatabaseMigrator<TDbContext>>();
        return builder;
    }
}
