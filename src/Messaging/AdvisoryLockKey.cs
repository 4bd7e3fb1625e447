namespace Messaging;

/// <summary>
/// The 64-bit key of a PostgreSQL advisory lock for a name: a stable FNV-1a hash, the same in every
/// process and instance (string.GetHashCode is randomised per process). A collision only makes
/// two unrelated holders take turns.
/// </summary>
internal static class AdvisoryLockKey
{
    public static long For(string name)
    {
        var hash = 14695981039346656037UL;
        foreach (var c in name)
        {
            hash = (hash ^ c) * 1099511628211UL;
        }

        return (long)hash;
    }
}
