using Microsoft.Extensions.Logging;
using OpenTelemetry;

namespace ServiceDefaults.Telemetry;

/// <summary>
/// Routes the application's ILogger output into the standalone SDK's logger provider, which is
/// what OpenTelemetry.Extensions.Hosting would do if it restored here.
/// </summary>
internal sealed class OpenTelemetryLoggerBridge(OpenTelemetrySdk sdk) : ILoggerProvider
{
    private readonly ILoggerFactory _factory = sdk.GetLoggerFactory();

    public ILogger CreateLogger(string categoryName) => _factory.CreateLogger(categoryName);

    // The SDK (and with it the factory) is disposed by the container that owns it.
    public void Dispose()
    {
    }
}
