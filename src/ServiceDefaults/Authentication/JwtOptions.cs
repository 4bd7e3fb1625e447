namespace ServiceDefaults.Authentication;

/// <summary>Bound from <c>Authentication:Jwt</c>; the same values in the gateway and every service.</summary>
public sealed class JwtOptions
{
    public const string SectionName = "Authentication:Jwt";

    /// <summary>Issuer of the tokens signed with <see cref="SigningKey"/>.</summary>
    public string Issuer { get; set; } = DevelopmentTokens.Issuer;

    /// <summary>The audience every accepted token must name, from the signing key or from <see cref="Authority"/>.</summary>
    public string Audience { get; set; } = DevelopmentTokens.Audience;

    /// <summary>Symmetric signing key (at least 32 bytes of UTF-8). Outside Development it must not be
    /// the development key, and it is required unless an <see cref="Authority"/> is configured.</summary>
    public string? SigningKey { get; set; }

    /// <summary>
    /// The county's OpenID Connect provider, e.g. <c>https://login.kreis-warendorf.de/realms/integration</c>.
    /// Its issuer and signing keys come from <c>{Authority}/.well-known/openid-configuration</c> and
    /// the JWKS it names, fetched and refreshed by JwtBearer (keys roll over without a restart).
    /// </summary>
    public string? Authority { get; set; }

    /// <summary>Fetch the provider's metadata over HTTPS only (default). Off only for tests and local providers.</summary>
    public bool RequireHttpsMetadata { get; set; } = true;

    /// <summary>
    /// Which token claim carries each platform claim when the provider names it differently,
    /// keyed by <c>Subject</c>, <c>Role</c>, <c>Municipality</c>, <c>Organization</c>
    /// (e.g. <c>Role = "roles"</c>, <c>Municipality = "kreis_municipality"</c>). Unmapped claims
    /// are read under the platform's own names (sub, role, municipality, org).
    /// </summary>
    public Dictionary<string, string> ClaimMappings { get; set; } = new(StringComparer.OrdinalIgnoreCase);
}
