using Events.Api.Model;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Persistence;

namespace Events.Api.Infrastructure.EntityConfigurations;

internal sealed class EventEntityTypeConfiguration : IEntityTypeConfiguration<Event>
{
    public void Configure(EntityTypeBuilder<Event> builder)
    {
        builder.HasKey(e => e.Id);
        builder.Property(e => e.Id).ValueGeneratedNever();
        builder.Property(e => e.Title).HasMaxLength(200);
        builder.Property(e => e.Description).HasMaxLength(10_000);
        builder.Property(e => e.Type).HasConversion<string>().HasMaxLength(40);
        builder.Property(e => e.Organizer).HasMaxLength(200);
        builder.Property(e => e.Municipality).HasMaxLength(DataConventions.SharedIdLength);
        builder.OwnsOne(e => e.Address, address =>
        {
            address.Property(a => a.Street).HasMaxLength(200);
            address.Property(a => a.PostalCode).HasMaxLength(10);
            address.Property(a => a.City).HasMaxLength(100);
        });
        builder.Property(e => e.OnlineUrl).HasMaxLength(2000);
        builder.Property(e => e.Start).HasColumnName("start_at");
        builder.Property(e => e.End).HasColumnName("end_at");
        builder.Property(e => e.Audience).HasConversion<string>().HasMaxLength(40);
        builder.Property(e => e.Qualification).HasMaxLength(200);
        builder.Property(e => e.Status).HasConversion<string>().HasMaxLength(40);
        builder.Ignore(e => e.SeatsLeft);
        builder.HasIndex(e => e.Start);
        builder.HasIndex(e => new { e.Municipality, e.Start });
        // Capacity is never exceeded: the last line of defence behind the row lock.
        builder.ToTable(t => t.HasCheckConstraint("ck_events_confirmed_within_capacity", "confirmed_count <= capacity"));
    }
}
