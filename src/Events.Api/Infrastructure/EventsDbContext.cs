using Messaging.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Events.Api.Infrastructure;

/// <summary>The Events context's own database; the outbox and inbox live here too.</summary>
public sealed class EventsDbContext(DbContextOptions<EventsDbContext> options) : DbContext(options)
{
    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.ApplyConfigurationsFromAssembly(typeof(EventsDbContext).Assembly);
        modelBuilder.AddOutboxAndInbox();
    }
}
