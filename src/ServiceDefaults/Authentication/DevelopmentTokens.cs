using System.Security.Claims;
using System.Text;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace ServiceDefaults.Authentication;

/// <summary>
/// Tokens for local development and tests (api.md, <c>POST /dev/tokens</c>). The key is public
/// on purpose: it is accepted only in the Development environment, and
/// <see cref="AuthenticationDefaults"/> refuses to start elsewhere with it configured.
/// </summary>
public static class DevelopmentTokens
{
    public const string Issuer = "integration-aspire-dev";
    public const string Audience = "integration-aspire";
    public const string SigningKey = "integration-aspire-development-signing-key-not-for-production";

    public static string Create(string role, string subject, string? municipality = null, string? organization = null,
        TimeSpan? lifetime = null, string? signingKey = null, string issuer = Issuer, string audience = Audience)
    {
        var claims = new List<Claim> { new(PlatformClaims.Subject, subject), new(PlatformClaims.Role, role) };
        if (!string.IsNullOrEmpty(municipality))
        {
            claims.Add(new Claim(PlatformClaims.Municipality, municipality));
        }

        if (!string.IsNullOrEmpty(organization))
        {
            claims.Add(new Claim(PlatformClaims.Organization, organization));
        }

        var now = DateTime.UtcNow;
        var descriptor = new SecurityTokenDescriptor
        {
            Issuer = issuer,
            Audience = audience,
            Subject = new ClaimsIdentity(claims),
            NotBefore = now.AddSeconds(-5),
            IssuedAt = now,
            Expires = now.Add(lifetime ?? TimeSpan.FromHours(8)),
            SigningCredentials = new SigningCredentials(CreateKey(signingKey ?? SigningKey), SecurityAlgorithms.HmacSha256),
        };
        return new JsonWebTokenHandler().CreateToken(descriptor);
    }

    public static SymmetricSecurityKey CreateKey(string key) => new(Encoding.UTF8.GetBytes(key));
}
