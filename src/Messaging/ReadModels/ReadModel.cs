using Microsoft.EntityFrameworkCore;

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
/// </summary>
public static class ReadModel
{
    /// <returns>False when the change was older than the row, or the row is a tombstone.</returns>
    public static async Task<bool> ApplyIfNewerAsync<T>(
        this DbSet<T> rows, Guid key, long version, Func<T> create, Action<T> apply, CancellationToken cancellationToken)
        where T : class, IReadModel
    {
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
}
