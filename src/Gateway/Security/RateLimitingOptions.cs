namespace Gateway.Security;

/// <summary>Bound from <c>RateLimiting</c>. Partners have their own limit in <see cref="PartnerOptions"/>.</summary>
public sealed class RateLimitingOptions
{
    public const string SectionName = "RateLimiting";

    /// <summary>Per client address, for callers without key or token.</summary>
    public int AnonymousPermitsPerMinute { get; set; } = 300;

    /// <summary>Per token subject.</summary>
    public int AuthenticatedPermitsPerMinute { get; set; } = 1200;

    /// <summary>
    /// How many gateway instances share the limits. The counters live in each instance's memory
    /// (a shared store would cost a round trip per request), so each admits its share: the
    /// limits hold in total however the connections are spread. A caller whose connections all
    /// land on one instance gets that share; the limits are a ceiling, not a promise.
    /// </summary>
    public int Replicas { get; set; } = 1;

    /// <summary>This instance's share of <paramref name="permitsPerMinute"/> (at least one).</summary>
    public int ShareOf(int permitsPerMinute) => Math.Max(1, permitsPerMinute / Math.Max(1, Replicas));
}
