using Microsoft.AspNetCore.Http;

namespace ServiceDefaults.Authentication;

/// <summary>
/// A caller that the gateway recognised by its partner key (<c>X-Api-Key</c>, which it never
/// forwards). The gateway replaces whatever a client sent in this header, so behind it the header
/// is the gateway's word. A service reads it only to answer 403 ("your key does not allow this")
/// instead of 401 ("no credentials") to a caller without a token: it grants nothing, so a request
/// that forges it on the way to a service gains nothing either.
/// </summary>
public static class PartnerCaller
{
    public const string HeaderName = "X-Platform-Partner";

    /// <summary>The header's value: the gateway verified the key (the partner's name stays at the gateway).</summary>
    public const string Verified = "verified";

    public static bool IsVerifiedPartner(this HttpRequest request) =>
        string.Equals(request.Headers[HeaderName], Verified, StringComparison.Ordinal);
}
