using Npgsql;

namespace Messaging.Outbox;

/// <summary>
/// The right to relay one database's outbox, held by at most one instance of a service: a
/// PostgreSQL session-level advisory lock on a connection of its own. The lock lives as long as
/// that session, so a crashed or partitioned instance loses it with its connection, and no
/// transaction stays open while the relay waits for the broker. The connection is not pooled:
/// a pooled session could carry the lock back into the pool.
/// </summary>
internal sealed class RelayLeadership : IAsyncDisposable
{
    private readonly NpgsqlConnection _session;
    private readonly long _lockKey;

    private RelayLeadership(NpgsqlConnection session, long lockKey) => (_session, _lockKey) = (session, lockKey);

    /// <returns>The leadership, or null while another instance holds it.</returns>
    /// <param name="sessions">Unpooled connections to the database (<see cref="Persistence.DataConventions.UnpooledDataSource"/>).</param>
    public static async Task<RelayLeadership?> TryAcquireAsync(NpgsqlDataSource sessions, long lockKey, CancellationToken cancellationToken)
    {
        var session = await sessions.OpenConnectionAsync(cancellationToken);
        try
        {
            await using var command = new NpgsqlCommand("SELECT pg_try_advisory_lock($1)", session) { Parameters = { new() { Value = lockKey } } };
            if (await command.ExecuteScalarAsync(cancellationToken) is true)
            {
                return new RelayLeadership(session, lockKey);
            }
        }
        catch
        {
            await session.DisposeAsync();
            throw;
        }

        await session.DisposeAsync();
        return null;
    }

    /// <summary>Proves the session, and with it the lock, is still there; throws when it is gone.</summary>
    public async Task ConfirmAsync(CancellationToken cancellationToken)
    {
        await using var command = new NpgsqlCommand("SELECT 1", _session);
        await command.ExecuteScalarAsync(cancellationToken);
    }

    public async ValueTask DisposeAsync()
    {
        // Closing the session releases the lock; the explicit unlock only makes it immediate for
        // an instance that is waiting (and is harmless when the session is already broken).
        try
        {
            await using var command = new NpgsqlCommand("SELECT pg_advisory_unlock($1)", _session) { Parameters = { new() { Value = _lockKey } } };
            await command.ExecuteScalarAsync(CancellationToken.None);
        }
        catch (Exception exception) when (exception is NpgsqlException or InvalidOperationException)
        {
        }

        await _session.DisposeAsync();
    }
}
