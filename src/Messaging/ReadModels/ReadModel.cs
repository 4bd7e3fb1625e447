using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;

namespace Messaging.ReadModels;

/// <summary>A row that projects another context's data: it keeps the version of the last change applied.</summary>
public interface IReadModel
{
    long Version { get; set; }
}

/// <summary>
/// A read model about a person: once erased it stays a tombstone (the key, nothing else), so a
/// message about the person that arrives after the erasure recreates nothing.
/// </summary>
public interface IErasableReadModel : IReadModel
{
    bool Erased { get; set; }
}

/// <summary>
/// The one way consumers project another context's data: apply a change only if it is newer than
/// what is stored, never to a tombstone. Messages can arrive late, twice or out of order (a
/// redelivery, a retry, two consumers' instances); with this rule the row ends up as the newest
/// message says, whatever the order. Changes are tracked on the consumer's DbContext and saved
/// with its inbox row.
/// <para>
/// Two handlers of the same row at once (two messages about one offer, two replicas) would both
/// read the old version: the later write could undo the newer one, or both insert and one fail
/// on the key. A transaction-level advisory lock on (table, key), taken before the read, makes
/// them take turns; it is released when the consumer's transaction ends.
/// </para>
/// </summary>
public static class ReadModel
{
    /// <returns>False when the change was older than the row, or the row is a tombstone.</returns>
    public static async Task<bool> ApplyIfNewerAsync<T>(
        this DbSet<T> rows, Guid key, long version, Func<T> create, Action<T> apply, CancellationToken cancellationToken)
        where T : class, IReadModel
    {
        await LockAsync(rows, key, cancellationToken);
        var row = await rows.FindAsync([key], cancellationToken);
        if (row is null)
        {
            row = create();
            rows.Add(row);
        }
        else if (row.Version >= version || row is IErasableReadModel { Erased: true })
        {
            return false;
        }

        apply(row);
        row.Version = version;
        return true;
    }

    /// <summary>Clears the row's data and keeps it as a tombstone (created when the person was not known yet).</summary>
    public static async Task EraseAsync<T>(this DbSet<T> rows, Guid key, Func<T> create, Action<T> clear, CancellationToken cancellationToken)
        where T : class, IErasableReadModel
    {
        await LockAsync(rows, key, cancellationToken);
        var row = await rows.FindAsync([key], cancellationToken);
        if (row is null)
        {
            row = create();
            rows.Add(row);
        }

        clear(row);
        row.Erased = true;
        row.Version = long.MaxValue;
    }

    private static async Task LockAsync<T>(DbSet<T> rows, Guid key, CancellationToken cancellationToken)
        where T : class
    {
        var db = rows.GetService<ICurrentDbContext>().Context;
        if (db.Database.CurrentTransaction is null)
        {
            throw new InvalidOperationException("A read model is changed inside the consumer's transaction (IdempotentConsumer opens it).");
        }

        var lockKey = AdvisoryLockKey.For(rows.EntityType.GetTableName() + "/" + key.ToString("N"));
        await db.Database.ExecuteSqlAsync($"SELECT pg_advisory_xact_lock({lockKey})", cancellationToken);
    }
}
