namespace ServiceDefaults.Authentication;

/// <summary>Bound from <c>Authentication:Jwt</c>; the same values in the gateway and every service.</summary>
public sealed class JwtOptions
{
    public const string SectionName = "Authentication:Jwt";

    public string Issuer { get; set; } = DevelopmentTokens.Issuer;
    public string Audience { get; set; } = DevelopmentTokens.Audience;

    /// <summary>Symmetric signing key (at least 32 bytes of UTF-8). Outside Development it must be
    /// configured and must not be the development key.</summary>
    public string? SigningKey { get; set; }
}
