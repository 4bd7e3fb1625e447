using System.Security.Cryptography;
using System.Text;
using System.Text.Json;

namespace EndToEnd;

/// <summary>
/// Hand-made JWTs with the development issuer and audience, to prove the gateway checks what
/// matters: a token signed with another key, an expired one, one without signature.
/// </summary>
internal static class ForgedTokens
{
    // The development issuer, audience and (public, Development-only) key of ServiceDefaults.DevelopmentTokens.
    private const string Issuer = "integration-aspire-dev";
    private const string Audience = "integration-aspire";
    public const string DevelopmentKey = "integration-aspire-development-signing-key-not-for-production";

    public static string Admin(string signingKey, TimeSpan? expiresIn = null) =>
        Sign(Header("HS256"), Claims(expiresIn ?? TimeSpan.FromHours(1)), signingKey);

    public static string Unsigned() => $"{Header("none")}.{Claims(TimeSpan.FromHours(1))}.";

    private static string Sign(string header, string payload, string key)
    {
        var signature = HMACSHA256.HashData(Encoding.UTF8.GetBytes(key), Encoding.ASCII.GetBytes($"{header}.{payload}"));
        return $"{header}.{payload}.{Base64Url(signature)}";
    }

    private static string Header(string algorithm) => Base64Url(JsonSerializer.SerializeToUtf8Bytes(new { alg = algorithm, typ = "JWT" }));

    private static string Claims(TimeSpan expiresIn)
    {
        var now = DateTimeOffset.UtcNow;
        var expires = now.Add(expiresIn);
        return Base64Url(JsonSerializer.SerializeToUtf8Bytes(new Dictionary<string, object>
        {
            ["sub"] = "e2e-forger",
            ["role"] = "admin",
            ["iss"] = Issuer,
            ["aud"] = Audience,
            ["iat"] = Math.Min(now.ToUnixTimeSeconds(), expires.ToUnixTimeSeconds() - 60),
            ["nbf"] = Math.Min(now.ToUnixTimeSeconds(), expires.ToUnixTimeSeconds() - 60),
            ["exp"] = expires.ToUnixTimeSeconds(),
        }));
    }

    private static string Base64Url(byte[] bytes) => Convert.ToBase64String(bytes).TrimEnd('=').Replace('+', '-').Replace('/', '_');
}
