namespace PlatformTesting;

public static class Eventually
{
    /// <summary>
    /// Polls <paramref name="condition"/> every <paramref name="every"/> (default 100 ms) until it
    /// holds; throws a <see cref="TimeoutException"/> saying <paramref name="what"/> did not happen
    /// within <paramref name="timeout"/>.
    /// </summary>
    public static async Task HoldsAsync(string what, Func<Task<bool>> condition, TimeSpan timeout, TimeSpan? every = null)
    {
        var deadline = DateTime.UtcNow + timeout;
        while (!await condition())
        {
            if (DateTime.UtcNow > deadline)
            {
                throw new TimeoutException($"Not within {timeout.TotalSeconds:0.#} s: {what}.");
            }

            await Task.Delay(every ?? TimeSpan.FromMilliseconds(100));
        }
    }

    public static Task HoldsAsync(string what, Func<bool> condition, TimeSpan timeout, TimeSpan? every = null) =>
        HoldsAsync(what, () => Task.FromResult(condition()), timeout, every);
}
