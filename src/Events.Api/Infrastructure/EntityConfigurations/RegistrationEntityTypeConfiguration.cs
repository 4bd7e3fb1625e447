using Events.Api.Model;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Events.Api.Infrastructure.EntityConfigurations;

internal sealed class RegistrationEntityTypeConfiguration : IEntityTypeConfiguration<Registration>
{
    public void Configure(EntityTypeBuilder<Registration> builder)
    {
        builder.ToTable("registrations");
        builder.HasKey(r => r.Id);
        builder.Property(r => r.Id).HasColumnName("id").ValueGeneratedNever();
        builder.Property(r => r.EventId).HasColumnName("event_id");
        builder.Property(r => r.VolunteerId).HasColumnName("volunteer_id");
        builder.Property(r => r.Status).HasColumnName("status").HasConversion<string>().HasMaxLength(20);
        builder.Property(r => r.Number).HasColumnName("number");
        builder.Property(r => r.RegisteredAt).HasColumnName("registered_at");
        builder.Property(r => r.ConfirmedAt).HasColumnName("confirmed_at");
        builder.HasOne<Event>().WithMany().HasForeignKey(r => r.EventId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(r => new { r.EventId, r.VolunteerId }).IsUnique();
        builder.HasIndex(r => new { r.EventId, r.Status, r.Number });
        builder.HasIndex(r => r.VolunteerId);
    }
}
