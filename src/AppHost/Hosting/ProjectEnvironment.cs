namespace AppHost.Hosting;

/// <summary>
/// The environment Aspire gives a project, so the services run unchanged under a real Aspire
/// AppHost: connection strings and service URLs by resource name, OTEL_* and ASPNETCORE_*.
/// </summary>
internal static class ProjectEnvironment
{
    public static Dictionary<string, string?> For(ProjectResource project, AppHostSettings settings)
    {
        var environment = new Dictionary<string, string?>
        {
            ["ASPNETCORE_URLS"] = project.Url,
            ["ASPNETCORE_ENVIRONMENT"] = settings.Environment,
            ["DOTNET_ENVIRONMENT"] = settings.Environment,
            ["OTEL_SERVICE_NAME"] = project.Name,
            // Only when the AppHost itself has a collector to send to; otherwise exporters stay off.
            ["OTEL_EXPORTER_OTLP_ENDPOINT"] = settings.OtlpEndpoint,
            // The AppHost's own settings are not the service's business.
            ["ASPNETCORE_CONTENTROOT"] = project.Project.ProjectPath,
        };
        foreach (var reference in project.References)
        {
            switch (reference)
            {
                case IResourceWithConnectionString resource:
                    environment[$"ConnectionStrings__{resource.Name}"] = resource.GetConnectionString();
                    break;
                case ProjectResource service:
                    environment[$"services__{service.Name}__http__0"] = service.Url;
                    break;
            }
        }
        foreach (var key in System.Environment.GetEnvironmentVariables().Keys.Cast<string>().Where(k => k.StartsWith("AppHost__", StringComparison.OrdinalIgnoreCase)))
            environment[key] = null;
        return environment;
    }
}
