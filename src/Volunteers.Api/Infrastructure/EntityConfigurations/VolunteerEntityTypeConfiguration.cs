using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Volunteers.Api.Model;

namespace Volunteers.Api.Infrastructure.EntityConfigurations;

internal sealed class VolunteerEntityTypeConfiguration : IEntityTypeConfiguration<Volunteer>
{
    public void Configure(EntityTypeBuilder<Volunteer> volunteer)
    {
        volunteer.ToTable("volunteers");
        volunteer.HasKey(v => v.Id);
        volunteer.Property(v => v.Id).HasColumnName("id").ValueGeneratedNever();
        volunteer.Property(v => v.Subject).HasColumnName("subject").HasMaxLength(200);
        volunteer.HasIndex(v => v.Subject).IsUnique();
        volunteer.Property(v => v.FirstName).HasColumnName("first_name").HasMaxLength(100);
        volunteer.Property(v => v.LastName).HasColumnName("last_name").HasMaxLength(100);
        volunteer.Property(v => v.Email).HasColumnName("email").HasMaxLength(254);
        volunteer.Property(v => v.Phone).HasColumnName("phone").HasMaxLength(40);
        volunteer.Property(v => v.Municipality).HasColumnName("municipality").HasMaxLength(50);
        volunteer.HasIndex(v => v.Municipality);
        volunteer.Property(v => v.Languages).HasColumnName("languages").HasJsonConversion();
        volunteer.Property(v => v.LanguageCodes).HasColumnName("language_codes");
        volunteer.HasIndex(v => v.LanguageCodes).HasMethod("gin");
        volunteer.Property(v => v.LanguageLevels).HasColumnName("language_levels");
        volunteer.Property(v => v.AvailabilityMinutes).HasColumnName("availability_minutes");
        volunteer.Property(v => v.Skills).HasColumnName("skills");
        volunteer.HasIndex(v => v.Skills).HasMethod("gin");
        volunteer.Property(v => v.Availability).HasColumnName("availability").HasJsonConversion();
        volunteer.Property(v => v.AvailableDays).HasColumnName("available_days");
        volunteer.Property(v => v.Roles).HasColumnName("roles");
        volunteer.Property(v => v.Qualifications).HasColumnName("qualifications").HasJsonConversion();
        volunteer.Property(v => v.ConsentVersion).HasColumnName("consent_version").HasMaxLength(50);
        volunteer.Property(v => v.ConsentGivenAt).HasColumnName("consent_given_at");
        volunteer.Property(v => v.CreatedAt).HasColumnName("created_at");
        volunteer.Property(v => v.UpdatedAt).HasColumnName("updated_at");
        volunteer.HasIndex(v => v.UpdatedAt); // the matching index's change check
        volunteer.Property(v => v.Version).HasColumnName("version").IsConcurrencyToken();
        volunteer.Ignore(v => v.DisplayName);
        volunteer.HasMany(v => v.Assignments).WithOne().HasForeignKey(a => a.VolunteerId).OnDelete(DeleteBehavior.Cascade);
    }
}
