using Messaging;
using Microsoft.EntityFrameworkCore;
using Volunteers.Api.Model;

namespace Volunteers.Api.Infrastructure;

/// <summary>The Volunteers context's own database; the outbox and inbox live here too.</summary>
public sealed class VolunteersDbContext(DbContextOptions<VolunteersDbContext> options) : DbContext(options)
{
    public DbSet<Volunteer> Volunteers => Set<Volunteer>();
    public DbSet<Assignment> Assignments => Set<Assignment>();
    public DbSet<KnownOffer> KnownOffers => Set<KnownOffer>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.ApplyConfigurationsFromAssembly(typeof(VolunteersDbContext).Assembly);
        modelBuilder.AddOutboxAndInbox();
    }
}
