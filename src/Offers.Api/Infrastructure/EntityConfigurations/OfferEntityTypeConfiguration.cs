using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using NpgsqlTypes;
using Offers.Api.Model;
using Persistence;

namespace Offers.Api.Infrastructure.EntityConfigurations;

internal sealed class OfferEntityTypeConfiguration : IEntityTypeConfiguration<Offer>
{
    /// <summary>
    /// Title weighs over summary over description, tags and translations; unaccent so that
    /// "Cafe" finds "Café". offers_unaccent (see <see cref="OffersSql"/>) wraps unaccent because a
    /// stored generated column needs an immutable function.
    /// </summary>
    internal const string SearchVectorSql =
        "setweight(to_tsvector('german'::regconfig, offers_unaccent(coalesce(title, ''))), 'A') || " +
        "setweight(to_tsvector('german'::regconfig, offers_unaccent(coalesce(summary, ''))), 'B') || " +
        "setweight(to_tsvector('german'::regconfig, offers_unaccent(coalesce(description, '') || ' ' || array_to_string_immutable(tags) || ' ' || coalesce(translated_text, ''))), 'C')";

    /// <summary>Lower-case, unaccented titles (German and translated) and tags for trigram matching of typos and prefixes.</summary>
    internal const string TrigramTextSql =
        "lower(offers_unaccent(coalesce(title, '') || ' ' || array_to_string_immutable(tags)))";

    public void Configure(EntityTypeBuilder<Offer> builder)
    {
        builder.HasKey(o => o.Id);
        builder.Property(o => o.Title).HasMaxLength(OfferLimits.Title);
        builder.Property(o => o.Summary).HasMaxLength(OfferLimits.Summary);
        builder.Property(o => o.Description).HasMaxLength(OfferLimits.Description);
        builder.Property(o => o.Category).HasMaxLength(DataConventions.SharedIdLength);
        builder.Property(o => o.Municipality).HasMaxLength(DataConventions.SharedIdLength);
        builder.Property(o => o.ProviderName).HasMaxLength(OfferLimits.ProviderName);
        builder.Property(o => o.ProviderType).HasConversion<string>().HasMaxLength(32);
        builder.Property(o => o.Status).HasConversion<string>().HasMaxLength(16);
        builder.Property(o => o.Version).IsConcurrencyToken();

        builder.Property(o => o.Address).HasJsonConversion(() => null);
        builder.Property(o => o.Contact).HasJsonConversion(() => null);
        builder.Property(o => o.Schedule).HasJsonConversion();
        builder.Property(o => o.Translations).HasJsonConversion(() => new Dictionary<string, OfferTranslation>());

        // Column names: snake_case by convention (search_vector, trigram_text), which the search SQL uses.
        builder.Property<NpgsqlTsVector>("SearchVector").HasComputedColumnSql(SearchVectorSql, stored: true);
        builder.Property<string>("TrigramText").HasComputedColumnSql(TrigramTextSql, stored: true);

        builder.HasIndex("SearchVector").HasMethod("GIN");
        builder.HasIndex("TrigramText").HasMethod("GIN").HasOperators("gin_trgm_ops");
        builder.HasIndex(o => new { o.Status, o.Municipality });
        builder.HasIndex(o => new { o.Status, o.Category });
        builder.HasIndex(o => o.Languages).HasMethod("GIN");
        builder.HasIndex(o => o.TargetGroups).HasMethod("GIN");
        builder.HasIndex(o => o.ScheduleDays).HasMethod("GIN");
        // Distance searches read every published offer in the bounding box (thousands around a
        // municipality's centre, where offers without coordinates count) to count and order them;
        // with id and title included that is an index-only scan instead of thousands of heap pages.
        builder.HasIndex(o => new { o.EffectiveLatitude, o.EffectiveLongitude }).HasDatabaseName("ix_offers_published_location")
            .IncludeProperties(o => new { o.Title, o.Id })
            .HasFilter("status = 'Published'");
    }
}
