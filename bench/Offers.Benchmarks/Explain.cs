using Microsoft.EntityFrameworkCore;
using Npgsql;
using Offers.Api.Infrastructure;
using Offers.Api.Search;
using ServiceDefaults.Api;
using ReferenceData;

namespace Offers.Benchmarks;

/// <summary>With OFFERS_BENCH_EXPLAIN=1: the plan of each scenario's search, to see which indexes it uses.</summary>
internal static class Explain
{
    public static async Task PrintAsync(string connectionString, CountyProfile county, string name, OfferSearchQuery query)
    {
        var criteria = OfferSearchCriteria.From(query, county, new ValidationErrors());
        var (sql, _, parameters) = OfferSearch.Build(criteria, fuzzy: false);
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        // As the endpoint runs a text search (OfferSearch.RunAsync): index path forced.
        await using var transaction = await connection.BeginTransactionAsync();
        await using (var setting = new NpgsqlCommand("SET LOCAL enable_seqscan = off; SET LOCAL enable_indexscan = off", connection, transaction))
        {
            await setting.ExecuteNonQueryAsync();
        }

        await using var command = new NpgsqlCommand("EXPLAIN (ANALYZE, BUFFERS) " + sql, connection, transaction);
        command.Parameters.AddRange(parameters.ToArray());
        await using var reader = await command.ExecuteReaderAsync();
        Console.WriteLine($"--- {name}");
        while (await reader.ReadAsync())
        {
            Console.WriteLine(reader.GetString(0));
        }
    }
}
