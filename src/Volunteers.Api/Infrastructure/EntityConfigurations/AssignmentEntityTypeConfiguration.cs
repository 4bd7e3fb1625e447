using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Volunteers.Api.Model;

namespace Volunteers.Api.Infrastructure.EntityConfigurations;

internal sealed class AssignmentEntityTypeConfiguration : IEntityTypeConfiguration<Assignment>
{
    public void Configure(EntityTypeBuilder<Assignment> assignment)
    {
        // One assignment per volunteer and offer; a duplicate fails on the key (409).
        assignment.HasKey(a => new { a.VolunteerId, a.OfferId });
        assignment.HasIndex(a => a.OfferId);
        assignment.Property(a => a.AssignedBy).HasMaxLength(200);
    }
}
