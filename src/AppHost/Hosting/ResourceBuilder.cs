namespace AppHost.Hosting;

/// <summary>Covariant like Aspire's, so any project builder can be passed where a resource builder is expected.</summary>
public interface IResourceBuilder<out T> where T : IResource
{
    T Resource { get; }

    DistributedApplicationBuilder ApplicationBuilder { get; }
}

internal sealed class ResourceBuilder<T>(T resource, DistributedApplicationBuilder applicationBuilder) : IResourceBuilder<T>
    where T : IResource
{
    public T Resource => resource;

    public DistributedApplicationBuilder ApplicationBuilder => applicationBuilder;
}
