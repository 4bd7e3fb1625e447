using Events.Api.Model;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Events.Api.Infrastructure.EntityConfigurations;

internal sealed class AttendanceEntityTypeConfiguration : IEntityTypeConfiguration<Attendance>
{
    public void Configure(EntityTypeBuilder<Attendance> builder)
    {
        builder.ToTable("attendance");
        builder.HasKey(a => new { a.EventId, a.VolunteerId });
        builder.Property(a => a.EventId).HasColumnName("event_id");
        builder.Property(a => a.VolunteerId).HasColumnName("volunteer_id");
        builder.Property(a => a.RecordedAt).HasColumnName("recorded_at");
        builder.HasOne<Event>().WithMany().HasForeignKey(a => a.EventId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(a => a.VolunteerId);
    }
}
