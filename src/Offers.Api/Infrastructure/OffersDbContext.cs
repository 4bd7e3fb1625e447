using Messaging;
using Microsoft.EntityFrameworkCore;
using Offers.Api.Model;

namespace Offers.Api.Infrastructure;

/// <summary>The Offers context's own database; the outbox and inbox live here too.</summary>
public sealed class OffersDbContext(DbContextOptions<OffersDbContext> options) : DbContext(options)
{
    public DbSet<Offer> Offers => Set<Offer>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.HasPostgresExtension("unaccent");
        modelBuilder.HasPostgresExtension("pg_trgm");
        modelBuilder.ApplyConfigurationsFromAssembly(typeof(OffersDbContext).Assembly);
        modelBuilder.AddOutboxAndInbox();
    }
}
