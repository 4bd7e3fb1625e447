using Microsoft.EntityFrameworkCore;

namespace Persistence;

/// <summary>
/// Runs a read-decide-save command again when another request changed the same row between its
/// read and its write (the row's concurrency token no longer matched, so nothing was written and
/// the integration events added with it were discarded too). The repeat decides on the state the
/// other request left: a second publish then finds the offer published and answers 409, a publish
/// that raced an edit of the draft still publishes. Only when the row keeps changing under every
/// attempt does <paramref name="contended"/> answer, instead of an unhandled exception (a 500).
/// </summary>
public static class OptimisticConcurrency
{
    public const int Attempts = 3;

    public static async Task<TResult> RetryOnConflictAsync<TResult>(this DbContext db, Func<Task<TResult>> command, Func<TResult> contended)
    {
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                return await command();
            }
            catch (DbUpdateConcurrencyException)
            {
                // Forget what this attempt read and added (its outbox row included); the next one reads afresh.
                db.ChangeTracker.Clear();
                if (attempt == Attempts)
                {
                    return contended();
                }
            }
        }
    }
}
