using System.Globalization;

namespace ServiceDefaults.Json;

/// <summary>
/// The one reading of a time the API accepts, in JSON bodies and query strings alike: ISO 8601
/// (extended format) with any offset (<c>Z</c>, <c>+01:00</c>, <c>-05:00</c>, <c>+02</c>),
/// normalised to UTC. PostgreSQL's <c>timestamp with time zone</c> stores an instant, and Npgsql
/// refuses a DateTimeOffset whose offset is not zero, so every time is UTC from the moment it is
/// read; responses convert back (event times to Europe/Berlin). A time without offset is read as
/// UTC, never in the server's own zone, so the same request means the same on every machine.
/// </summary>
public static class IsoTimes
{
    public const string Problem = "must be an ISO 8601 time with offset between the years 1900 and 2999, e.g. 2026-05-01T18:00:00+02:00.";

    // K: 'Z', '+hh:mm' or nothing; zz: '+hh'. F: fractional seconds, at most seven digits.
    private static readonly string[] Formats =
    [
        "yyyy-MM-dd'T'HH:mmK", "yyyy-MM-dd'T'HH:mm:ssK", "yyyy-MM-dd'T'HH:mm:ss.FFFFFFFK",
        "yyyy-MM-dd'T'HH:mmzz", "yyyy-MM-dd'T'HH:mm:sszz", "yyyy-MM-dd'T'HH:mm:ss.FFFFFFFzz",
        "yyyy-MM-dd",
    ];

    /// <summary>Times far outside what the platform plans for are refused: converting 0001-01-01 or
    /// 9999-12-31 to Europe/Berlin would leave DateTimeOffset's range, and such a value is a typo.</summary>
    private static readonly DateTimeOffset Earliest = new(1900, 1, 1, 0, 0, 0, TimeSpan.Zero);
    private static readonly DateTimeOffset Latest = new(3000, 1, 1, 0, 0, 0, TimeSpan.Zero);

    public static bool TryParse(string? text, out DateTimeOffset utc)
    {
        utc = default;
        if (string.IsNullOrEmpty(text) || text.Length > 40
            || !DateTimeOffset.TryParseExact(text, Formats, CultureInfo.InvariantCulture,
                DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal, out var parsed)
            || parsed < Earliest || parsed >= Latest)
        {
            return false;
        }

        utc = parsed;
        return true;
    }
}
