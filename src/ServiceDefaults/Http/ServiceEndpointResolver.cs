using Microsoft.Extensions.Configuration;

namespace ServiceDefaults.Http;

/// <summary>
/// Resolves a logical service name to the address the AppHost gave it, read from
/// <c>services:{name}:http:0</c> (environment <c>services__offers-api__http__0</c>), the
/// convention Aspire's service discovery uses.
/// </summary>
public sealed class ServiceEndpointResolver(IConfiguration configuration)
{
    public Uri? TryResolve(string serviceName)
    {
        var value = configuration[$"services:{serviceName}:http:0"] ?? configuration[$"services:{serviceName}:https:0"];
        return Uri.TryCreate(value, UriKind.Absolute, out var uri) ? uri : null;
    }

    public Uri Resolve(string serviceName) =>
        TryResolve(serviceName)
        ?? throw new InvalidOperationException($"No address configured for service '{serviceName}' (services:{serviceName}:http:0).");
}
