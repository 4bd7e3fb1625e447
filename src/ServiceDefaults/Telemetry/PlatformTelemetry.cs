namespace ServiceDefaults.Telemetry;

/// <summary>
/// The activity sources and meters beyond the instrumentation packages' own: MassTransit's
/// (publish, send, consume), YARP's (the proxy step), and the platform's own
/// (<c>Integration.Aspire.Messaging</c> for the outbox relay, <c>Integration.Aspire.Offers</c> …).
/// </summary>
public static class PlatformTelemetry
{
    public const string SourcePrefix = "Integration.Aspire";

    public static readonly string[] ActivitySources = ["MassTransit", "Yarp.ReverseProxy", SourcePrefix + ".*"];

    public static readonly string[] Meters = ["MassTransit", "Microsoft.EntityFrameworkCore", SourcePrefix + ".*"];
}
