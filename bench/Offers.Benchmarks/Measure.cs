using System.Diagnostics;
using Microsoft.EntityFrameworkCore;
using Offers.Api.Infrastructure;
using Offers.Api.Search;
using ServiceDefaults.Api;
using ReferenceData;

namespace Offers.Benchmarks;

internal static class Measure
{
    /// <summary>One client, one search at a time, after a warm-up; milliseconds per search.</summary>
    public static async Task<List<double>> RunAsync(DbContextOptions<OffersDbContext> options, CountyProfile county, Func<int, OfferSearchQuery> query, int iterations)
    {
        var timings = new List<double>(iterations);
        for (var i = -20; i < iterations; i++)
        {
            var stopwatch = Stopwatch.StartNew();
            await using (var db = new OffersDbContext(options))
            {
                var errors = new ValidationErrors();
                var criteria = OfferSearchCriteria.From(query(i + 20), county, errors);
                if (!errors.IsValid)
                {
                    throw new InvalidOperationException(string.Join("; ", errors.ToDictionary().Keys));
                }

                var (hits, _) = await OfferSearch.RunAsync(db, criteria, CancellationToken.None);
                var ids = hits.Select(h => h.Id).ToList();
                _ = await db.Offers.AsNoTracking().Where(o => ids.Contains(o.Id)).ToListAsync();
            }

            if (i >= 0)
            {
                timings.Add(stopwatch.Elapsed.TotalMilliseconds);
            }
        }

        return timings;
    }

    public static double Percentile(List<double> values, int percentile)
    {
        var sorted = values.Order().ToList();
        return sorted[Math.Clamp((int)Math.Ceiling(percentile / 100.0 * sorted.Count) - 1, 0, sorted.Count - 1)];
    }
}
