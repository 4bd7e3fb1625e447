using Messaging.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Offers.Api.Infrastructure;

/// <summary>The Offers context's own database; the outbox and inbox live here too.</summary>
public sealed class OffersDbContext(DbContextOptions<OffersDbContext> options) : DbContext(options)
{
    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.ApplyConfigurationsFromAssembly(typeof(OffersDbContext).Assembly);
        modelBuilder.AddOutboxAndInbox();
    }
}
