using Persistence;
using Messaging;
using Microsoft.EntityFrameworkCore;

namespace Messaging.Tests.Support;

/// <summary>A service-like context: some state of its own plus the outbox and inbox.</summary>
public sealed class TestDbContext(DbContextOptions<TestDbContext> options) : DbContext(options)
{
    public DbSet<Tally> Tallies => Set<Tally>();

    public DbSet<Delivery> Deliveries => Set<Delivery>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.Entity<Tally>().HasKey(t => t.Key);
        modelBuilder.Entity<Delivery>().HasKey(d => d.Number);
        modelBuilder.Entity<Delivery>().Property(d => d.Number).UseIdentityAlwaysColumn();
        modelBuilder.AddOutboxAndInbox();
    }
}

/// <summary>Counts how often an effect happened for a key: a second effect would show as 2.</summary>
public sealed class Tally
{
    public required string Key { get; init; }
    public int Count { get; set; }
}

/// <summary>Records the order in which a consumer saw messages.</summary>
public sealed class Delivery
{
    public long Number { get; init; }
    public long Version { get; init; }
}
