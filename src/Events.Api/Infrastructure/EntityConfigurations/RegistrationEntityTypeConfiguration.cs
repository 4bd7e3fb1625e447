using Events.Api.Model;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Events.Api.Infrastructure.EntityConfigurations;

internal sealed class RegistrationEntityTypeConfiguration : IEntityTypeConfiguration<Registration>
{
    public void Configure(EntityTypeBuilder<Registration> builder)
    {
        builder.HasKey(r => r.Id);
        builder.Property(r => r.Id).ValueGeneratedNever();
        builder.Property(r => r.Status).HasConversion<string>().HasMaxLength(20);
        builder.HasOne<Event>().WithMany().HasForeignKey(r => r.EventId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(r => new { r.EventId, r.VolunteerId }).IsUnique();
        builder.HasIndex(r => new { r.EventId, r.Status, r.Number });
        builder.HasIndex(r => r.VolunteerId);
    }
}
