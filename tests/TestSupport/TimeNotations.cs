namespace TestSupport;

/// <summary>
/// One instant as partner apps may write it: in UTC, in Berlin's winter and summer offsets, in
/// New York's, and the daylight-saving edges of Europe/Berlin (2026-03-29 02:00 local does not
/// exist; 2026-10-25 02:30 local happens twice, once at +02:00 and once at +01:00).
/// </summary>
public sealed record TimeNotation(string Text, DateTimeOffset Instant)
{
    public override string ToString() => Text; // the test explorer names each case by its notation

    public static readonly IReadOnlyList<TimeNotation> All =
    [
        new("2026-07-01T16:00:00Z", Utc(2026, 7, 1, 16, 0)),
        new("2026-07-01T17:00:00+01:00", Utc(2026, 7, 1, 16, 0)),
        new("2026-07-01T18:00:00+02:00", Utc(2026, 7, 1, 16, 0)),
        new("2026-07-01T11:00:00-05:00", Utc(2026, 7, 1, 16, 0)),
        new("2026-03-29T02:30+02:00", Utc(2026, 3, 29, 0, 30)),
        new("2026-03-29T01:59:59.5+01:00", new DateTimeOffset(2026, 3, 29, 0, 59, 59, 500, TimeSpan.Zero)),
        new("2026-10-25T02:30+02:00", Utc(2026, 10, 25, 0, 30)),
        new("2026-10-25T02:30+01:00", Utc(2026, 10, 25, 1, 30)),
    ];

    /// <summary>Times the API must refuse with a 400 naming the field.</summary>
    public static readonly IReadOnlyList<string> Invalid =
        ["2026-13-01T10:00:00Z", "2026-02-30T10:00:00+01:00", "2026-07-01T25:00:00Z", "2026-07-01T10:00:00+25:00", "tomorrow", "0001-01-01T00:00:00+01:00", "9999-12-31T23:59:59Z", ""];

    public static IEnumerable<object[]> Cases => All.Select(n => new object[] { n });

    private static DateTimeOffset Utc(int year, int month, int day, int hour, int minute) => new(year, month, day, hour, minute, 0, TimeSpan.Zero);
}
