using Events.Api.Model;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Events.Api.Infrastructure.EntityConfigurations;

internal sealed class EventEntityTypeConfiguration : IEntityTypeConfiguration<Event>
{
    public void Configure(EntityTypeBuilder<Event> builder)
    {
        builder.ToTable("events");
        builder.HasKey(e => e.Id);
        builder.Property(e => e.Id).HasColumnName("id").ValueGeneratedNever();
        builder.Property(e => e.Title).HasColumnName("title").HasMaxLength(200);
        builder.Property(e => e.Description).HasColumnName("description").HasMaxLength(10_000);
        builder.Property(e => e.Type).HasColumnName("type").HasConversion<string>().HasMaxLength(40);
        builder.Property(e => e.Organizer).HasColumnName("organizer").HasMaxLength(200);
        builder.Property(e => e.Municipality).HasColumnName("municipality").HasMaxLength(60);
        builder.OwnsOne(e => e.Address, address =>
        {
            address.Property(a => a.Street).HasColumnName("address_street").HasMaxLength(200);
            address.Property(a => a.PostalCode).HasColumnName("address_postal_code").HasMaxLength(10);
            address.Property(a => a.City).HasColumnName("address_city").HasMaxLength(100);
        });
        builder.Property(e => e.Online).HasColumnName("online");
        builder.Property(e => e.OnlineUrl).HasColumnName("online_url").HasMaxLength(2000);
        builder.Property(e => e.Start).HasColumnName("start_at");
        builder.Property(e => e.End).HasColumnName("end_at");
        builder.Property(e => e.Capacity).HasColumnName("capacity");
        builder.Property(e => e.RegistrationDeadline).HasColumnName("registration_deadline");
        builder.Property(e => e.Audience).HasColumnName("audience").HasConversion<string>().HasMaxLength(40);
        builder.Property(e => e.RelatedOfferId).HasColumnName("related_offer_id");
        builder.Property(e => e.Qualification).HasColumnName("qualification").HasMaxLength(200);
        builder.Property(e => e.Status).HasColumnName("status").HasConversion<string>().HasMaxLength(40);
        builder.Property(e => e.ConfirmedCount).HasColumnName("confirmed_count");
        builder.Property(e => e.WaitlistCount).HasColumnName("waitlist_count");
        builder.Property(e => e.RegistrationCounter).HasColumnName("registration_counter");
        builder.Property(e => e.Version).HasColumnName("version");
        builder.Property(e => e.CalendarSequence).HasColumnName("calendar_sequence");
        builder.Property(e => e.CreatedAt).HasColumnName("created_at");
        builder.Property(e => e.UpdatedAt).HasColumnName("updated_at");
        builder.Ignore(e => e.SeatsLeft);
        builder.HasIndex(e => e.Start);
        builder.HasIndex(e => new { e.Municipality, e.Start });
        // Capacity is never exceeded: the last line of defence behind the row lock.
        builder.ToTable(t => t.HasCheckConstraint("ck_events_confirmed_within_capacity", "confirmed_count <= capacity"));
    }
}
