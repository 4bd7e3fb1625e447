namespace TestSupport;

public static class Eventually
{
    public static readonly TimeSpan DefaultTimeout = TimeSpan.FromSeconds(20);

    /// <summary>
    /// The one way tests wait: polls <paramref name="condition"/> every <paramref name="every"/>
    /// (default 100 ms) until it holds; throws a <see cref="TimeoutException"/> saying
    /// <paramref name="what"/> did not happen within <paramref name="timeout"/> (default 20 s).
    /// Nothing is waited for by a fixed sleep where a condition says when it is done.
    /// <paramref name="lastSeen"/>, when given, says what the condition saw the last time it was
    /// polled, so a wait that fails on a loaded CI machine says which part never held.
    /// </summary>
    public static async Task HoldsAsync(string what, Func<Task<bool>> condition, TimeSpan? timeout = null, TimeSpan? every = null, Func<string>? lastSeen = null)
    {
        var limit = timeout ?? DefaultTimeout;
        var deadline = DateTime.UtcNow + limit;
        while (!await condition())
        {
            if (DateTime.UtcNow > deadline)
            {
                throw new TimeoutException($"Not within {limit.TotalSeconds:0.#} s: {what}.{(lastSeen is null ? "" : $" Last seen: {lastSeen()}")}");
            }

            await Task.Delay(every ?? TimeSpan.FromMilliseconds(100));
        }
    }

    public static Task HoldsAsync(string what, Func<bool> condition, TimeSpan? timeout = null, TimeSpan? every = null) =>
        HoldsAsync(what, () => Task.FromResult(condition()), timeout, every);
}
