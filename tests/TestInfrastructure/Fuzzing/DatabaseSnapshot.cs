using TestSupport;
using Npgsql;

namespace TestInfrastructure.Fuzzing;

/// <summary>
/// A fingerprint of every row of every table of a service's database (an md5 of the rows in a
/// fixed order per table): two equal snapshots mean no request changed anything.
/// </summary>
public static class DatabaseSnapshot
{
    public static async Task<IReadOnlyDictionary<string, string>> TakeAsync(string connectionString)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        var tables = new List<string>();
        await using (var list = new NpgsqlCommand("SELECT tablename FROM pg_tables WHERE schemaname = 'public' ORDER BY tablename", connection))
        await using (var reader = await list.ExecuteReaderAsync())
        {
            while (await reader.ReadAsync())
            {
                tables.Add(reader.GetString(0));
            }
        }

        var snapshot = new SortedDictionary<string, string>(StringComparer.Ordinal);
        foreach (var table in tables)
        {
            await using var hash = new NpgsqlCommand(
                $"SELECT count(*) || ':' || coalesce(md5(string_agg(t::text, '|' ORDER BY t::text)), '') FROM \"{table}\" t", connection);
            snapshot[table] = (string)(await hash.ExecuteScalarAsync())!;
        }

        return snapshot;
    }

    /// <summary>Waits until the outbox relay has sent every row: marking a row sent is the one change nobody's request made.</summary>
    public static Task OutboxDrainedAsync(string connectionString) =>
        Eventually.HoldsAsync("the outbox has no unsent rows", async () =>
        {
            await using var connection = new NpgsqlConnection(connectionString);
            await connection.OpenAsync();
            await using var count = new NpgsqlCommand("SELECT count(*) FROM outbox_messages WHERE sent_at IS NULL", connection);
            return (long)(await count.ExecuteScalarAsync())! == 0;
        });
}
