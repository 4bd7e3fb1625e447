using Messaging.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Volunteers.Api.Infrastructure;

/// <summary>The Volunteers context's own database; the outbox and inbox live here too.</summary>
public sealed class VolunteersDbContext(DbContextOptions<VolunteersDbContext> options) : DbContext(options)
{
    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.ApplyConfigurationsFromAssembly(typeof(VolunteersDbContext).Assembly);
        modelBuilder.AddOutboxAndInbox();
    }
}
