using Microsoft.Extensions.Configuration;

namespace AppHost.Hosting;

public sealed class DistributedApplicationBuilder
{
    private readonly List<IResource> resources = [];

    internal DistributedApplicationBuilder(string[] args)
    {
        // Same precedence as a web host: appsettings.json < environment (AppHost__GatewayPort) < command line.
        Configuration = new ConfigurationManager();
        Configuration.AddJsonFile(Path.Combine(AppContext.BaseDirectory, "appsettings.json"), optional: true)
            .AddEnvironmentVariables()
            .AddCommandLine(args);
    }

    public ConfigurationManager Configuration { get; }

    public IReadOnlyList<IResource> Resources => resources;

    public IResourceBuilder<T> AddResource<T>(T resource) where T : IResource
    {
        if (resources.Any(r => string.Equals(r.Name, resource.Name, StringComparison.OrdinalIgnoreCase)))
            throw new InvalidOperationException($"A resource named '{resource.Name}' already exists.");
        resources.Add(resource);
        return new ResourceBuilder<T>(resource, this);
    }

    public DistributedApplication Build()
    {
        var settings = AppHostSettings.From(Configuration);
        // AppHost:Only=infrastructure runs the servers without the services (e.g. to debug a service from the IDE).
        var selected = settings.InfrastructureOnly ? resources.Where(r => r is not ProjectResource).ToList() : resources.ToList();
        return new DistributedApplication(selected, settings);
    }
}
