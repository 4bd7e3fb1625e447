using Microsoft.AspNetCore.Authorization;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.OpenApi;
using ServiceDefaults.Authentication;

namespace ServiceDefaults.Api;

/// <summary>
/// The OpenAPI document every service serves at <c>/openapi/v1.json</c> (the gateway merges them
/// into the public one). Endpoints name themselves (<c>WithName</c>, <c>WithSummary</c>, group
/// <c>WithTags</c>); this adds to each operation who may call it, read from the same
/// authorization metadata that enforces it, so the reference cannot drift from the rules.
/// </summary>
public static class OpenApiDefaults
{
    private static readonly IReadOnlyDictionary<string, string> Callers = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        [PlatformPolicies.Admin] = "admins",
        [PlatformPolicies.CoordinatorOrAdmin] = "coordinators (for their own municipality) and admins",
        [PlatformPolicies.Editor] = "coordinators (their municipality), providers (their organisation) and admins",
        [PlatformPolicies.Volunteer] = "volunteers, each for themselves",
    };

    public static void AddPlatformOpenApi(this IHostApplicationBuilder builder) =>
        builder.Services.AddOpenApi(options => options.AddOperationTransformer((operation, context, _) =>
        {
            var whoMayCall = WhoMayCall(context.Description.ActionDescriptor.EndpointMetadata);
            operation.Description = string.IsNullOrEmpty(operation.Description) ? whoMayCall : $"{operation.Description}\n\n{whoMayCall}";
            return Task.CompletedTask;
        }));

    /// <summary>"Who may call: …" from an endpoint's authorization metadata (the last one wins, as in routing).</summary>
    public static string WhoMayCall(IEnumerable<object> endpointMetadata)
    {
        var metadata = endpointMetadata.ToList();
        if (metadata.LastOrDefault(item => item is IAllowAnonymous or IAuthorizeData) is IAllowAnonymous or null)
        {
            return "Who may call: anyone, without signing in.";
        }

        var policies = metadata.OfType<IAuthorizeData>().Select(data => data.Policy).OfType<string>()
            .Select(policy => Callers.TryGetValue(policy, out var callers) ? callers : policy)
            .Distinct()
            .ToList();
        return policies.Count == 0
            ? "Who may call: any signed-in caller."
            : "Who may call: " + string.Join("; ", policies) + ".";
    }
}
