using System.Diagnostics;
using Microsoft.AspNetCore.Http;

namespace ServiceDefaults.Telemetry;

/// <summary>
/// Keeps personal data of volunteers out of spans. Request bodies are never recorded; what is
/// left is the URL: the query of <c>/api/volunteers…</c> (filters of coordinators' searches) is
/// dropped from server spans (<c>url.query</c>) and from client spans (<c>url.full</c>, the
/// gateway's proxied call), whole, not only its values.
/// </summary>
internal static class PersonalDataRedaction
{
    private static readonly PathString VolunteersPath = new("/api/volunteers");

    public static void RedactServerSpan(Activity activity, HttpRequest request)
    {
        if (request.Path.StartsWithSegments(VolunteersPath) && request.QueryString.HasValue)
        {
            activity.SetTag("url.query", null);
        }
    }

    public static void RedactClientSpan(Activity activity, HttpRequestMessage request)
    {
        if (request.RequestUri is { IsAbsoluteUri: true, Query.Length: > 0 } uri
            && new PathString(uri.AbsolutePath).StartsWithSegments(VolunteersPath))
        {
            activity.SetTag("url.full", uri.GetLeftPart(UriPartial.Path));
        }
    }
}
