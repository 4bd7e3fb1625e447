using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Persistence;
using Volunteers.Api.Model;

namespace Volunteers.Api.Infrastructure.EntityConfigurations;

internal sealed class KnownOfferEntityTypeConfiguration : IEntityTypeConfiguration<KnownOffer>
{
    public void Configure(EntityTypeBuilder<KnownOffer> offer)
    {
        offer.HasKey(o => o.OfferId);
        offer.Property(o => o.OfferId).ValueGeneratedNever();
        offer.Property(o => o.Title).HasMaxLength(300);
        offer.Property(o => o.Category).HasMaxLength(DataConventions.SharedIdLength);
        offer.Property(o => o.Municipality).HasMaxLength(DataConventions.SharedIdLength);
        offer.Property(o => o.Schedule).HasJsonConversion();
    }
}
