using ReferenceData;
using Offers.Api.Model;

namespace Offers.Api.Apis;

/// <summary>The language a reader asked for: <c>lang</c> wins over <c>Accept-Language</c>; null means German.</summary>
internal static class RequestLanguage
{
    public static string? From(HttpRequest request, string? lang)
    {
        if (!string.IsNullOrWhiteSpace(lang))
        {
            return Normalize(lang);
        }

        var accepted = request.GetTypedHeaders().AcceptLanguage
            .OrderByDescending(l => l.Quality ?? 1)
            .Select(l => Normalize(l.Value.Value))
            .FirstOrDefault(l => l is not null);
        return accepted;
    }

    private static string? Normalize(string? tag)
    {
        // "uk-UA" → "uk": translations are keyed by ISO 639-1 code.
        var code = tag?.Split('-', 2)[0].Trim().ToLowerInvariant();
        return LanguageCodes.IsKnown(code) && code != "de" ? code : null;
    }
}
