using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Volunteers.Api.Model;

namespace Volunteers.Api.Infrastructure.EntityConfigurations;

internal sealed class OfferEntityTypeConfiguration : IEntityTypeConfiguration<Offer>
{
    public void Configure(EntityTypeBuilder<Offer> offer)
    {
        offer.ToTable("offers");
        offer.HasKey(o => o.Id);
        offer.Property(o => o.Id).HasColumnName("id").ValueGeneratedNever();
        offer.Property(o => o.Version).HasColumnName("version");
        offer.Property(o => o.Title).HasColumnName("title").HasMaxLength(300);
        offer.Property(o => o.Category).HasColumnName("category").HasMaxLength(50);
        offer.Property(o => o.Municipality).HasColumnName("municipality").HasMaxLength(50);
        offer.Property(o => o.Lat).HasColumnName("lat");
        offer.Property(o => o.Lon).HasColumnName("lon");
        offer.Property(o => o.Online).HasColumnName("online");
        offer.Property(o => o.Languages).HasColumnName("languages");
        offer.Property(o => o.TargetGroups).HasColumnName("target_groups");
        offer.Property(o => o.Schedule).HasColumnName("schedule").HasJsonConversion();
        offer.Property(o => o.HelpersNeeded).HasColumnName("helpers_needed");
        offer.Property(o => o.Published).HasColumnName("published");
        offer.Property(o => o.UpdatedAt).HasColumnName("updated_at");
    }
}
