namespace Offers.Api.Search;

/// <summary>Settings of <see cref="OfferSearchCache"/> (<c>Offers:SearchCache</c>).</summary>
public sealed class OfferSearchCacheOptions
{
    public const string SectionName = "Offers:SearchCache";

    /// <summary>Off: every search runs in the database.</summary>
    public bool Enabled { get; set; } = true;

    /// <summary>How many offers all kept pages may hold together (a page of 20 counts 20).</summary>
    public long MaxCachedOffers { get; set; } = 20_000;

    /// <summary>How long a page is kept at most, even if the catalogue does not change.</summary>
    public TimeSpan Lifetime { get; set; } = TimeSpan.FromMinutes(10);
}
