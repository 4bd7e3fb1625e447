using System.Security.Cryptography;
using System.Text;
using Microsoft.Extensions.Options;
using ServiceDefaults.Authentication;

namespace Gateway.Security;

/// <summary>
/// <c>X-Api-Key</c> identifies a partner app (api.md): a known key marks the request with the
/// partner (for its rate limit) and gives read access like an anonymous caller; an unknown key is
/// a 401. The key itself is removed before the request is forwarded, so no service ever sees it;
/// a service learns only that a verified partner calls (<see cref="PartnerCaller"/>), so it can
/// refuse what keys do not allow with 403 rather than ask for credentials with 401.
/// </summary>
internal sealed class ApiKeyMiddleware(RequestDelegate next, IOptionsMonitor<PartnerOptions> partners)
{
    public const string HeaderName = "X-Api-Key";
    public const string PartnerItem = "gateway.partner";

    public async Task InvokeAsync(HttpContext context)
    {
        // Only the gateway says that a partner calls: never a client.
        context.Request.Headers.Remove(PartnerCaller.HeaderName);
        if (context.Request.Headers.TryGetValue(HeaderName, out var values))
        {
            var partner = Find(values.ToString());
            if (partner is null)
            {
                await GatewayProblems.WriteAsync(context, StatusCodes.Status401Unauthorized,
                    "Unknown API key", "The X-Api-Key header does not name a known partner.");
                return;
            }

            context.Items[PartnerItem] = partner;
            context.Request.Headers.Remove(HeaderName);
            context.Request.Headers[PartnerCaller.HeaderName] = PartnerCaller.Verified;
        }

        await next(context);
    }

    private PartnerOptions.Partner? Find(string key)
    {
        var hash = SHA256.HashData(Encoding.UTF8.GetBytes(key));
        foreach (var partner in partners.CurrentValue.Keys)
        {
            // Fixed-time comparison: response timing must not reveal how much of a hash matched.
            if (TryParseHex(partner.KeyHash, out var expected) && CryptographicOperations.FixedTimeEquals(hash, expected))
            {
                return partner;
            }
        }

        return null;
    }

    private static bool TryParseHex(string hex, out byte[] bytes)
    {
        try
        {
            bytes = Convert.FromHexString(hex);
            return bytes.Length == 32;
        }
        catch (FormatException)
        {
            bytes = [];
            return false;
        }
    }

    public static string Hash(string key) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(key)));
}
