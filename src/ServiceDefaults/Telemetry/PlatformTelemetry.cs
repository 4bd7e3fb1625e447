namespace ServiceDefaults.Telemetry;

/// <summary>
/// The activity sources and meters the platform listens to. .NET 10 and the libraries we use
/// emit their own telemetry, so no instrumentation packages are needed (none restore here).
/// </summary>
public static class PlatformTelemetry
{
    public static readonly string[] ActivitySources =
    [
        "Microsoft.AspNetCore",
        "System.Net.Http",
        "Npgsql",
        "MassTransit",
        "Yarp.ReverseProxy",
        "Integration.Aspire.*",
    ];

    public static readonly string[] Meters =
    [
        "Microsoft.AspNetCore.*",
        "System.Net.Http",
        "System.Net.NameResolution",
        "System.Runtime",
        "Npgsql",
        "MassTransit",
        "Microsoft.EntityFrameworkCore",
        "Integration.Aspire.*",
    ];
}
