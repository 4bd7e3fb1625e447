using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace Persistence;

/// <summary>
/// Lets <c>dotnet ef migrations add</c> build a service's model without a running database, with
/// the same conventions as at run time (a model built otherwise would differ in every name).
/// </summary>
public abstract class DesignTimeDbContextFactory<TDbContext> : IDesignTimeDbContextFactory<TDbContext>
    where TDbContext : DbContext
{
    public TDbContext CreateDbContext(string[] args) =>
        (TDbContext)Activator.CreateInstance(typeof(TDbContext),
            new DbContextOptionsBuilder<TDbContext>().UsePlatformDatabase("Host=localhost").Options)!;
}
