using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace Messaging.Outbox;

/// <summary>Notifies the relay after a successful save that added outbox rows.</summary>
internal sealed class OutboxSaveChangesInterceptor<TDbContext>(OutboxSignal<TDbContext> signal) : SaveChangesInterceptor
    where TDbContext : DbContext
{
    public override ValueTask<int> SavedChangesAsync(SaveChangesCompletedEventData eventData, int result, CancellationToken cancellationToken = default)
    {
        NotifyIfOutboxWritten(eventData.Context);
        return base.SavedChangesAsync(eventData, result, cancellationToken);
    }

    public override int SavedChanges(SaveChangesCompletedEventData eventData, int result)
    {
        NotifyIfOutboxWritten(eventData.Context);
        return base.SavedChanges(eventData, result);
    }

    // After a save, the rows just inserted are tracked as Unchanged with SentAt still null.
    private void NotifyIfOutboxWritten(DbContext? context)
    {
        if (context is not null && context.ChangeTracker.Entries<OutboxMessage>().Any(e => e.Entity.SentAt is null))
        {
            signal.Notify();
        }
    }
}
