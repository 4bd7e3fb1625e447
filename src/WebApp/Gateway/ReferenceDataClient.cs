using Microsoft.Extensions.Caching.Memory;

namespace WebApp.Gateway;

/// <summary>
/// Municipalities, categories and target groups (api.md, "Reference data"). They change with a
/// deployment, not per request, so each list is kept for a few minutes: every finder render needs
/// all three, and three extra round trips per page would cost more than the search itself.
/// A failed answer is not kept.
/// </summary>
public sealed class ReferenceDataClient(HttpClient http, IMemoryCache cache) : GatewayClient(http)
{
    private static readonly TimeSpan KeptFor = TimeSpan.FromMinutes(5);

    public Task<IReadOnlyList<Municipality>> MunicipalitiesAsync(CancellationToken cancellationToken = default) =>
        CachedAsync<Municipality>("/api/municipalities", cancellationToken);

    public Task<IReadOnlyList<ReferenceItem>> CategoriesAsync(CancellationToken cancellationToken = default) =>
        CachedAsync<ReferenceItem>("/api/categories", cancellationToken);

    public Task<IReadOnlyList<ReferenceItem>> TargetGroupsAsync(CancellationToken cancellationToken = default) =>
        CachedAsync<ReferenceItem>("/api/target-groups", cancellationToken);

    private async Task<IReadOnlyList<T>> CachedAsync<T>(string path, CancellationToken cancellationToken)
    {
        if (cache.TryGetValue(path, out IReadOnlyList<T>? kept) && kept is not null)
        {
            return kept;
        }

        var result = await GetAsync<List<T>>(path, cancellationToken);
        if (!result.Succeeded || result.Value is null)
        {
            return [];
        }

        return cache.Set<IReadOnlyList<T>>(path, result.Value, KeptFor);
    }
}
