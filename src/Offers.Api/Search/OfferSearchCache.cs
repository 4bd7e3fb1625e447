using System.Diagnostics.Metrics;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Caching.Memory;
using Microsoft.Extensions.Options;
using Offers.Api.Apis;
using Offers.Api.Infrastructure;
using ServiceDefaults.Api;

namespace Offers.Api.Search;

/// <summary>
/// Search pages kept in memory, so the searches partner sites repeat for every visitor ("language
/// courses in Ahlen") do not run the full-text query each time: on two cores a database search
/// costs ~20 ms of CPU, a page from here well under 1 ms (docs/benchmarks.md).
/// <para>
/// Each page is stored under the catalogue version it was computed at. The version is a counter
/// that a statement trigger on <c>offers</c> raises inside every writing transaction
/// (<see cref="OffersSql.CreateCatalogueVersion"/>), and every search reads it first (one row, one
/// round trip). A change committed by any path (the API, the demo loader, plain SQL, another
/// instance) therefore makes all older pages unreachable at once: a search never answers from a
/// catalogue older than the last commit before it began. Old pages are not deleted; they age out
/// or are evicted when the size limit is reached.
/// </para>
/// </summary>
public sealed class OfferSearchCache(IOptions<OfferSearchCacheOptions> options, IMeterFactory meters) : IDisposable
{
    public const string MeterName = "Integration.Aspire.Offers";
    public const string LookupsInstrument = "offers.search.cache.lookups";

    private readonly Counter<long> _lookups = meters.Create(MeterName).CreateCounter<long>(
        LookupsInstrument, description: "Catalogue searches by outcome: hit (answered from memory), miss or bypass (searched in the database).");

    private readonly OfferSearchCacheOptions _options = options.Value;
    private readonly MemoryCache _pages = new(new MemoryCacheOptions { SizeLimit = options.Value.MaxCachedOffers });

    /// <summary>
    /// The page for <paramref name="key"/> at the current catalogue version: from memory when
    /// there, else from <paramref name="search"/>, which is then kept. <paramref name="bypass"/>
    /// (the caller sent <c>Cache-Control: no-cache</c>) always searches, and refreshes the entry.
    /// </summary>
    public async Task<PagedResult<OfferResponse>> GetOrSearchAsync(
        OffersDbContext db, string key, bool bypass, Func<Task<PagedResult<OfferResponse>>> search, CancellationToken cancellationToken)
    {
        if (!_options.Enabled)
        {
            return await search();
        }

        // Read before searching: the search then sees at least this version's data, so the page
        // is never older than the version it is stored under (newer is harmless).
        var entryKey = (await ReadCatalogueVersionAsync(db, cancellationToken), key);
        if (!bypass && _pages.TryGetValue(entryKey, out PagedResult<OfferResponse>? cached) && cached is not null)
        {
            _lookups.Add(1, new KeyValuePair<string, object?>("outcome", "hit"));
            return cached;
        }

        _lookups.Add(1, new KeyValuePair<string, object?>("outcome", bypass ? "bypass" : "miss"));
        var page = await search();
        _pages.Set(entryKey, page, new MemoryCacheEntryOptions
        {
            // Sized by the offers it holds, so the limit bounds memory, not the number of pages.
            Size = Math.Max(1, page.Items.Count),
            AbsoluteExpirationRelativeToNow = _options.Lifetime,
        });
        return page;
    }

    private static async Task<long> ReadCatalogueVersionAsync(OffersDbContext db, CancellationToken cancellationToken)
    {
        // A plain command on the context's connection: the single-row read is the whole cost of
        // a cache hit, so it skips EF's query pipeline.
        await db.Database.OpenConnectionAsync(cancellationToken);
        try
        {
            await using var command = db.Database.GetDbConnection().CreateCommand();
            command.CommandText = "SELECT version FROM offer_catalogue_version";
            return (long)(await command.ExecuteScalarAsync(cancellationToken))!;
        }
        finally
        {
            await db.Database.CloseConnectionAsync();
        }
    }

    public void Dispose() => _pages.Dispose();
}
