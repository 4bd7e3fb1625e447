using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Npgsql;
using OpenTelemetry;
using OpenTelemetry.Metrics;
using OpenTelemetry.Trace;

namespace ServiceDefaults.Telemetry;

public static class TelemetryExtensions
{
    /// <summary>
    /// Logs, metrics and traces through OpenTelemetry: ASP.NET Core, HttpClient, the runtime,
    /// Npgsql, MassTransit, YARP and the platform's own sources. Exported over OTLP when
    /// <c>OTEL_EXPORTER_OTLP_ENDPOINT</c> is set (the AppHost sets it to the dashboard); the
    /// service name comes from <c>OTEL_SERVICE_NAME</c>. Probes are not traced (the AppHost and
    /// the gateway call them every few seconds), and URLs that may carry personal data of
    /// volunteers lose their query string (<see cref="PersonalDataRedaction"/>).
    /// </summary>
    public static void ConfigurePlatformTelemetry(this IHostApplicationBuilder builder)
    {
        builder.Logging.AddOpenTelemetry(logging =>
        {
            logging.IncludeFormattedMessage = true;
            logging.IncludeScopes = true;
        });

        builder.Services.AddOpenTelemetry()
            .WithMetrics(metrics => metrics
                .AddAspNetCoreInstrumentation()
                .AddHttpClientInstrumentation()
                .AddRuntimeInstrumentation()
                .AddNpgsqlInstrumentation()
                .AddMeter(PlatformTelemetry.Meters))
            .WithTracing(tracing => tracing
                .AddSource(builder.Environment.ApplicationName)
                .AddSource(PlatformTelemetry.ActivitySources)
                .AddAspNetCoreInstrumentation(aspNetCore =>
                {
                    aspNetCore.Filter = context => !IsProbe(context.Request.Path);
                    aspNetCore.EnrichWithHttpRequest = PersonalDataRedaction.RedactServerSpan;
                })
                .AddHttpClientInstrumentation(http =>
                {
                    http.FilterHttpRequestMessage = request => !IsProbe(new PathString(request.RequestUri?.AbsolutePath));
                    http.EnrichWithHttpRequestMessage = PersonalDataRedaction.RedactClientSpan;
                })
                .AddNpgsql());

        if (!string.IsNullOrWhiteSpace(builder.Configuration["OTEL_EXPORTER_OTLP_ENDPOINT"]))
        {
            builder.Services.AddOpenTelemetry().UseOtlpExporter();
        }
    }

    internal static bool IsProbe(PathString path) =>
        path.StartsWithSegments("/health") || path.StartsWithSegments("/alive");
}
