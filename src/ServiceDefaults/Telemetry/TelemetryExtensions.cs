using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using OpenTelemetry;
using OpenTelemetry.Resources;

namespace ServiceDefaults.Telemetry;

public static class TelemetryExtensions
{
    /// <summary>
    /// Traces, metrics and logs through the core OpenTelemetry SDK and its OTLP exporter.
    /// OpenTelemetry.Extensions.Hosting does not restore here, so the SDK is created with
    /// <see cref="OpenTelemetrySdk.Create"/> and owned by the container (disposed, and so
    /// flushed, when the host stops). Export is on only when OTEL_EXPORTER_OTLP_ENDPOINT is set,
    /// as under an Aspire AppHost.
    /// </summary>
    public static void ConfigurePlatformTelemetry(this IHostApplicationBuilder builder)
    {
        // ASP.NET Core 10 only adds the semantic-convention tags (http.request.method, url.path,
        // http.response.status_code, http.route) to its server spans when this switch is off.
        AppContext.SetSwitch("Microsoft.AspNetCore.Hosting.SuppressActivityOpenTelemetryData", false);

        builder.Logging.Configure(options => options.ActivityTrackingOptions =
            ActivityTrackingOptions.TraceId | ActivityTrackingOptions.SpanId);

        var endpoint = builder.Configuration["OTEL_EXPORTER_OTLP_ENDPOINT"];
        if (string.IsNullOrWhiteSpace(endpoint))
        {
            return;
        }

        var serviceName = builder.Configuration["OTEL_SERVICE_NAME"] ?? builder.Environment.ApplicationName;
        var sdk = OpenTelemetrySdk.Create(otel => otel
            .ConfigureResource(resource => resource.AddService(serviceName))
            .WithTracing(tracing => tracing.AddSource(PlatformTelemetry.ActivitySources))
            .WithMetrics(metrics => metrics.AddMeter(PlatformTelemetry.Meters))
            .WithLogging()
            .UseOtlpExporter());

        builder.Services.AddSingleton(sdk);
        builder.Logging.AddProvider(new OpenTelemetryLoggerBridge(sdk));
    }
}
