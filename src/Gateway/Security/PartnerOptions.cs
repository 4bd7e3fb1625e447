namespace Gateway.Security;

/// <summary>
/// Partner apps and their API keys, bound from <c>Partners</c>. Keys are stored only as
/// SHA-256 hashes (hex), so the configuration never holds a usable key. Each partner has its own
/// rate limit.
/// </summary>
public sealed class PartnerOptions
{
    public const string SectionName = "Partners";

    public List<Partner> Keys { get; set; } = [];

    public sealed class Partner
    {
        public string Name { get; set; } = "";
        public string KeyHash { get; set; } = "";
        public int PermitsPerMinute { get; set; } = 600;
    }
}
