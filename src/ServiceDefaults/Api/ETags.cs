using Microsoft.AspNetCore.Http;
using Microsoft.Net.Http.Headers;

namespace ServiceDefaults.Api;

/// <summary>
/// Strong ETags from a resource's version number, and the If-Match check of api.md
/// (412 when it does not match the current version).
/// </summary>
public static class ETags
{
    public static string Format(long version) => $"\"{version}\"";

    public static void Set(HttpResponse response, long version) => response.Headers.ETag = Format(version);

    /// <summary>True when the request's If-Match names <paramref name="version"/> (or is <c>*</c>).</summary>
    public static bool Matches(HttpRequest request, long version)
    {
        var ifMatch = request.GetTypedHeaders().IfMatch;
        return ifMatch.Any(tag => tag == EntityTagHeaderValue.Any || (!tag.IsWeak && tag.Tag == Format(version)));
    }

    public static bool HasIfMatch(HttpRequest request) => request.Headers.IfMatch.Count > 0;
}
