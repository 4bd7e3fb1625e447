namespace Events.Api.Model;

/// <summary>Event times are local to Europe/Berlin in every response (api.md).</summary>
public static class BerlinTime
{
    public const string ZoneId = "Europe/Berlin";

    public static readonly TimeZoneInfo Zone = TimeZoneInfo.FindSystemTimeZoneById(ZoneId);

    public static DateTimeOffset ToLocal(DateTimeOffset value) => TimeZoneInfo.ConvertTime(value, Zone);

    public static DateTimeOffset? ToLocal(DateTimeOffset? value) => value is { } v ? ToLocal(v) : null;
}
