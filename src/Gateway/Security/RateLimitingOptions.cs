namespace Gateway.Security;

/// <summary>Bound from <c>RateLimiting</c>. Partners have their own limit in <see cref="PartnerOptions"/>.</summary>
public sealed class RateLimitingOptions
{
    public const string SectionName = "RateLimiting";

    /// <summary>Per client address, for callers without key or token.</summary>
    public int AnonymousPermitsPerMinute { get; set; } = 300;

    /// <summary>Per token subject.</summary>
    public int AuthenticatedPermitsPerMinute { get; set; } = 1200;
}
