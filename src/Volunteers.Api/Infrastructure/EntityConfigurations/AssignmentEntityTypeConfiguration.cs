using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Volunteers.Api.Model;

namespace Volunteers.Api.Infrastructure.EntityConfigurations;

internal sealed class AssignmentEntityTypeConfiguration : IEntityTypeConfiguration<Assignment>
{
    public void Configure(EntityTypeBuilder<Assignment> assignment)
    {
        assignment.ToTable("assignments");
        // One assignment per volunteer and offer; a duplicate fails on the key (409).
        assignment.HasKey(a => new { a.VolunteerId, a.OfferId });
        assignment.Property(a => a.VolunteerId).HasColumnName("volunteer_id");
        assignment.Property(a => a.OfferId).HasColumnName("offer_id");
        assignment.HasIndex(a => a.OfferId);
        assignment.Property(a => a.Since).HasColumnName("since");
        assignment.Property(a => a.AssignedBy).HasColumnName("assigned_by").HasMaxLength(200);
    }
}
