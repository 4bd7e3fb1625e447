namespace ServiceDefaults.Telemetry;

/// <summary>
/// The activity sources and meters beyond the instrumentation packages' own: MassTransit's
/// (publish, send, consume) and the platform's own
/// (<c>Integration.Aspire.Messaging</c> for the outbox relay, <c>Integration.Aspire.Offers</c> …).
/// </summary>
public static class PlatformTelemetry
{
    public const string SourcePrefix = "Integration.Aspire";

    // Not YARP's source: its proxy span repeats the HttpClient span beneath it, and its active
    // health checks would be a trace every 10 s per service.
    public static readonly string[] ActivitySources = ["MassTransit", SourcePrefix + ".*"];

    public static readonly string[] Meters = ["MassTransit", "Microsoft.EntityFrameworkCore", SourcePrefix + ".*"];
}
