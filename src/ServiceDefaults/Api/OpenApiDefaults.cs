using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Builder;
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
            DescribeStringParameters(operation, context.Description);
            return Task.CompletedTask;
        }));

    /// <summary>
    /// ASP.NET Core 10's generator leaves the members of an <c>[AsParameters]</c> type that carry
    /// <c>[FromQuery(Name = …)]</c> with an empty schema (<c>{}</c>), so a partner's generated
    /// client would not know them as strings. Those that bind a string are given their type here.
    /// </summary>
    private static void DescribeStringParameters(OpenApiOperation operation, Microsoft.AspNetCore.Mvc.ApiExplorer.ApiDescription description)
    {
        foreach (var parameter in operation.Parameters?.OfType<OpenApiParameter>() ?? [])
        {
            if (parameter.Schema is null or OpenApiSchema { Type: null, OneOf: null, AnyOf: null, AllOf: null }
                && description.ParameterDescriptions.FirstOrDefault(p => p.Name == parameter.Name)?.Type == typeof(string))
            {
                parameter.Schema = new OpenApiSchema { Type = JsonSchemaType.String };
            }
        }
    }

    /// <summary>
    /// Marks part of an endpoint (a parameter value, say) as being for fewer callers than the rest:
    /// those of <paramref name="policy"/>. The handler enforces it (routing cannot, the part is in
    /// the request); this only lets the reference say so in the same words as for whole endpoints.
    /// </summary>
    public static TBuilder WithPolicyFor<TBuilder>(this TBuilder builder, string part, string policy) where TBuilder : IEndpointConventionBuilder =>
        builder.WithMetadata(new PartialAuthorization(part, policy));

    /// <summary>
    /// Describes one query parameter of an endpoint. <c>[Description]</c> would be the usual way, but
    /// on a member of an <c>[AsParameters]</c> type the document generator fails on it (an
    /// InvalidCastException in ASP.NET Core 10's GetParameterDescriptionFromAttribute: /openapi/v1.json answered 500).
    /// </summary>
    public static TBuilder WithParameterDescription<TBuilder>(this TBuilder builder, string name, string description) where TBuilder : IEndpointConventionBuilder =>
        builder.AddOpenApiOperationTransformer((operation, _, _) =>
        {
            foreach (var parameter in operation.Parameters?.OfType<OpenApiParameter>() ?? [])
            {
                if (string.Equals(parameter.Name, name, StringComparison.Ordinal))
                {
                    parameter.Description = description;
                }
            }

            return Task.CompletedTask;
        });

    /// <summary>"Who may call: …" from an endpoint's authorization metadata (the last one wins, as in routing).</summary>
    public static string WhoMayCall(IEnumerable<object> endpointMetadata)
    {
        var metadata = endpointMetadata.ToList();
        var parts = metadata.OfType<PartialAuthorization>().Select(part => $"; {part.Part}: {Describe(part.Policy)}");
        return $"Who may call: {WholeEndpoint(metadata)}{string.Concat(parts)}.";
    }

    private static string WholeEndpoint(List<object> metadata)
    {
        if (metadata.LastOrDefault(item => item is IAllowAnonymous or IAuthorizeData) is IAllowAnonymous or null)
        {
            return "anyone, without signing in";
        }

        var policies = metadata.OfType<IAuthorizeData>().Select(data => data.Policy).OfType<string>()
            .Select(Describe)
            .Distinct()
            .ToList();
        return policies.Count == 0 ? "any signed-in caller" : string.Join("; ", policies);
    }

    private static string Describe(string policy) => Callers.TryGetValue(policy, out var callers) ? callers : policy;

    /// <summary>The metadata of <see cref="WithPolicyFor{TBuilder}"/>.</summary>
    public sealed record PartialAuthorization(string Part, string Policy);
}
