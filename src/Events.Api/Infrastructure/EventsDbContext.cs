using Events.Api.Model;
using Messaging;
using Microsoft.EntityFrameworkCore;

namespace Events.Api.Infrastructure;

/// <summary>The Events context's own database; the outbox and inbox live here too.</summary>
public sealed class EventsDbContext(DbContextOptions<EventsDbContext> options) : DbContext(options)
{
    public DbSet<Event> Events => Set<Event>();
    public DbSet<Registration> Registrations => Set<Registration>();
    public DbSet<Attendance> Attendance => Set<Attendance>();
    public DbSet<KnownOffer> KnownOffers => Set<KnownOffer>();
    public DbSet<KnownVolunteer> KnownVolunteers => Set<KnownVolunteer>();

    /// <summary>Loads the event and locks its row until the current transaction ends.</summary>
    public Task<Event?> LockEventAsync(Guid id, CancellationToken cancellationToken) =>
        Events.FromSqlInterpolated($"SELECT * FROM events WHERE id = {id} FOR UPDATE").SingleOrDefaultAsync(cancellationToken);

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.ApplyConfigurationsFromAssembly(typeof(EventsDbContext).Assembly);
        modelBuilder.AddOutboxAndInbox();
    }
}
