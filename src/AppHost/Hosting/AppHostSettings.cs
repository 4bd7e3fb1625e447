using Microsoft.Extensions.Configuration;

namespace AppHost.Hosting;

/// <summary>The AppHost's own settings (section "AppHost").</summary>
internal sealed record AppHostSettings(string DataDirectory, string Environment, bool InfrastructureOnly, string? OtlpEndpoint, TimeSpan HealthTimeout)
{
    public static AppHostSettings From(IConfiguration configuration) => new(
        ResolveDataDirectory(configuration["AppHost:DataDirectory"]),
        configuration["AppHost:Environment"] is { Length: > 0 } environment ? environment : "Development",
        string.Equals(configuration["AppHost:Only"], "infrastructure", StringComparison.OrdinalIgnoreCase),
        configuration["OTEL_EXPORTER_OTLP_ENDPOINT"] is { Length: > 0 } otlp ? otlp : null,
        TimeSpan.FromSeconds(configuration.GetValue("AppHost:HealthTimeoutSeconds", 90)));

    /// <summary>Default: .data beside Integration.Aspire.sln above the AppHost (git-ignored), else ./.data.</summary>
    private static string ResolveDataDirectory(string? configured)
    {
        if (!string.IsNullOrEmpty(configured)) return Path.GetFullPath(configured);
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Integration.Aspire.sln"))) return Path.Combine(dir.FullName, ".data");
        }
        return Path.GetFullPath(".data");
    }
}
