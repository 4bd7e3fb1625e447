using System.Security.Claims;

namespace ServiceDefaults.Authentication;

/// <summary>
/// Copies the claims an identity provider names its own way (<c>roles</c>, <c>groups</c>, …) to
/// the platform's names (api.md: sub, role, municipality, org), so every authorisation rule reads
/// one set of names whichever issuer signed the token.
/// </summary>
internal static class ClaimMappings
{
    private static readonly Dictionary<string, string> PlatformNames = new(StringComparer.OrdinalIgnoreCase)
    {
        ["Subject"] = PlatformClaims.Subject,
        ["Role"] = PlatformClaims.Role,
        ["Municipality"] = PlatformClaims.Municipality,
        ["Organization"] = PlatformClaims.Organization,
    };

    /// <summary>Throws at start-up for a key that names no platform claim: a typo would otherwise silently map nothing.</summary>
    public static IReadOnlyList<(string Source, string Platform)> Resolve(IReadOnlyDictionary<string, string> configured)
    {
        var mappings = new List<(string Source, string Platform)>();
        foreach (var (key, source) in configured)
        {
            if (!PlatformNames.TryGetValue(key, out var platform))
            {
                throw new InvalidOperationException(
                    $"{JwtOptions.SectionName}:ClaimMappings:{key} names no platform claim; use one of {string.Join(", ", PlatformNames.Keys)}.");
            }

            if (!string.IsNullOrEmpty(source) && source != platform)
            {
                mappings.Add((source, platform));
            }
        }

        return mappings;
    }

    public static void Apply(ClaimsIdentity identity, IReadOnlyList<(string Source, string Platform)> mappings)
    {
        foreach (var (source, platform) in mappings)
        {
            if (identity.HasClaim(c => c.Type == platform))
            {
                continue; // the token already says it in the platform's words
            }

            var values = identity.FindAll(source).Select(c => c.Value).ToList();
            identity.AddClaims(values.Select(value => new Claim(platform, value, ClaimValueTypes.String, identity.FindFirst(source)!.Issuer)));
        }
    }
}
