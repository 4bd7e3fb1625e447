using Events.Api.Model;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Events.Api.Infrastructure.EntityConfigurations;

internal sealed class KnownOfferEntityTypeConfiguration : IEntityTypeConfiguration<KnownOffer>
{
    public void Configure(EntityTypeBuilder<KnownOffer> builder)
    {
        builder.ToTable("known_offers");
        builder.HasKey(o => o.OfferId);
        builder.Property(o => o.OfferId).HasColumnName("offer_id").ValueGeneratedNever();
        builder.Property(o => o.Version).HasColumnName("version");
        builder.Property(o => o.Title).HasColumnName("title").HasMaxLength(300);
        builder.Property(o => o.Municipality).HasColumnName("municipality").HasMaxLength(60);
        builder.Property(o => o.Archived).HasColumnName("archived");
    }
}

internal sealed class KnownVolunteerEntityTypeConfiguration : IEntityTypeConfiguration<KnownVolunteer>
{
    public void Configure(EntityTypeBuilder<KnownVolunteer> builder)
    {
        builder.ToTable("known_volunteers");
        builder.HasKey(v => v.VolunteerId);
        builder.Property(v => v.VolunteerId).HasColumnName("volunteer_id").ValueGeneratedNever();
        builder.Property(v => v.Subject).HasColumnName("subject").HasMaxLength(200);
        builder.Property(v => v.Municipality).HasColumnName("municipality").HasMaxLength(60);
        builder.Property(v => v.DisplayName).HasColumnName("display_name").HasMaxLength(200);
        builder.Property(v => v.Version).HasColumnName("version");
        builder.HasIndex(v => v.Subject).IsUnique();
    }
}
