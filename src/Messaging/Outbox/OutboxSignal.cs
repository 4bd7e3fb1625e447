namespace Messaging.Outbox;

/// <summary>
/// Wakes the relay of <typeparamref name="TDbContext"/> as soon as a commit added outbox rows, so
/// events leave within milliseconds instead of at the next poll. Polling stays as the fallback
/// (another instance or a crash may leave rows behind).
/// </summary>
public sealed class OutboxSignal<TDbContext>
{
    private readonly SemaphoreSlim _signal = new(0, 1);

    public void Notify()
    {
        // At most one pending wake-up is needed; extra notifications are dropped.
        try
        {
            _signal.Release();
        }
        catch (SemaphoreFullException)
        {
        }
    }

    public Task WaitAsync(TimeSpan timeout, CancellationToken cancellationToken) =>
        _signal.WaitAsync(timeout, cancellationToken);
}
