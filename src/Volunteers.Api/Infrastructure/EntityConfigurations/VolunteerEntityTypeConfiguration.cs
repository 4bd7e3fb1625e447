using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Persistence;
using Volunteers.Api.Model;

namespace Volunteers.Api.Infrastructure.EntityConfigurations;

internal sealed class VolunteerEntityTypeConfiguration : IEntityTypeConfiguration<Volunteer>
{
    public void Configure(EntityTypeBuilder<Volunteer> volunteer)
    {
        volunteer.HasKey(v => v.Id);
        volunteer.Property(v => v.Id).ValueGeneratedNever();
        volunteer.Property(v => v.Subject).HasMaxLength(200);
        volunteer.HasIndex(v => v.Subject).IsUnique();
        volunteer.Property(v => v.FirstName).HasMaxLength(100);
        volunteer.Property(v => v.LastName).HasMaxLength(100);
        volunteer.Property(v => v.Email).HasMaxLength(254);
        volunteer.Property(v => v.Phone).HasMaxLength(40);
        volunteer.Property(v => v.Municipality).HasMaxLength(DataConventions.SharedIdLength);
        volunteer.HasIndex(v => v.Municipality);
        volunteer.Property(v => v.Languages).HasJsonConversion();
        volunteer.HasIndex(v => v.LanguageCodes).HasMethod("gin");
        volunteer.HasIndex(v => v.Skills).HasMethod("gin");
        volunteer.Property(v => v.Availability).HasJsonConversion();
        volunteer.Property(v => v.Qualifications).HasJsonConversion();
        volunteer.Property(v => v.ConsentVersion).HasMaxLength(50);
        volunteer.HasIndex(v => v.UpdatedAt); // the matching index's change check
        volunteer.Property(v => v.Version).IsConcurrencyToken();
        volunteer.Ignore(v => v.DisplayName);
        volunteer.HasMany(v => v.Assignments).WithOne().HasForeignKey(a => a.VolunteerId).OnDelete(DeleteBehavior.Cascade);
    }
}
