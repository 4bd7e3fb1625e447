using Events.Api.Model;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Persistence;

namespace Events.Api.Infrastructure.EntityConfigurations;

internal sealed class KnownOfferEntityTypeConfiguration : IEntityTypeConfiguration<KnownOffer>
{
    public void Configure(EntityTypeBuilder<KnownOffer> builder)
    {
        builder.HasKey(o => o.OfferId);
        builder.Property(o => o.OfferId).ValueGeneratedNever();
        builder.Property(o => o.Title).HasMaxLength(300);
        builder.Property(o => o.Municipality).HasMaxLength(DataConventions.SharedIdLength);
    }
}

internal sealed class KnownVolunteerEntityTypeConfiguration : IEntityTypeConfiguration<KnownVolunteer>
{
    public void Configure(EntityTypeBuilder<KnownVolunteer> builder)
    {
        builder.HasKey(v => v.VolunteerId);
        builder.Property(v => v.VolunteerId).ValueGeneratedNever();
        builder.Property(v => v.Subject).HasMaxLength(200);
        builder.Property(v => v.Municipality).HasMaxLength(DataConventions.SharedIdLength);
        builder.Property(v => v.DisplayName).HasMaxLength(200);
        builder.HasIndex(v => v.Subject).IsUnique();
    }
}
