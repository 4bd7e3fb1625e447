using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Npgsql;
using Offers.Api.Infrastructure;

namespace Offers.Api.Search;

/// <summary>The <c>total</c> of a search page, exact or (for broad text searches) estimated.</summary>
public static partial class OfferSearch
{
    /// <summary>
    /// The total when no row carries count(*) OVER (): a page past the end, or a text search.
    /// Text: exact up to <see cref="RankedCandidates"/> (counting stops there), beyond it the
    /// planner's estimate from the full-text statistics (README: "total" of a broad text search).
    /// An exact count of a broad word visits every heap page holding a match (~7,000 pages at
    /// 100,000 offers: ~100 ms from the OS cache), which alone would break the latency target.
    /// </summary>
    private static async Task<int> CountAsync(OffersDbContext db, string whereSql, List<NpgsqlParameter> parameters, bool capped, CancellationToken cancellationToken)
    {
        object[] Copies() => parameters.Where(p => p.ParameterName is not ("take" or "skip" or "candidates")).Select(p => p.Clone()).Cast<object>().ToArray();
        // whereSql is built from constants only; every value is a parameter.
        var countSql = capped
            ? $"SELECT count(*)::int AS \"Value\" FROM (SELECT 1 FROM offers o WHERE {whereSql} LIMIT {RankedCandidates + 1}) x"
            : $"SELECT count(*)::int AS \"Value\" FROM offers o WHERE {whereSql}";
        var counted = await db.Database.SqlQueryRaw<int>(countSql, Copies()).SingleAsync(cancellationToken);
        if (!capped || counted <= RankedCandidates)
        {
            return counted;
        }

        var connection = (NpgsqlConnection)db.Database.GetDbConnection();
        await db.Database.OpenConnectionAsync(cancellationToken);
        try
        {
            await using var explain = new NpgsqlCommand($"EXPLAIN (FORMAT JSON) SELECT 1 FROM offers o WHERE {whereSql}", connection);
            explain.Parameters.AddRange(Copies());
            using var json = JsonDocument.Parse((string)(await explain.ExecuteScalarAsync(cancellationToken))!);
            var estimate = json.RootElement[0].GetProperty("Plan").GetProperty("Plan Rows").GetDouble();
            return (int)Math.Max(estimate, counted);
        }
        finally
        {
            await db.Database.CloseConnectionAsync();
        }
    }
}
