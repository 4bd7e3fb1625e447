using System.Security.Cryptography;
using System.Text;

namespace AppHost;

internal static class PartnerKeys
{
    // Above the indices operators give real partners (Partners:Keys:0, 1, …), so neither replaces the other.
    private const int Index = 99;

    // Every anonymous visitor of the web app reaches the gateway from the web app's one address;
    // under the anonymous per-address limit (300/min) they would throttle each other.
    private const int PermitsPerMinute = 6000;

    /// <summary>
    /// Gives <paramref name="app"/> a partner key of its own (api.md: "Partner apps send
    /// X-Api-Key"), generated at every start, and tells the gateway its hash. The app sends it on
    /// anonymous calls; signed-in people's calls carry their own token and limit.
    /// </summary>
    public static IResourceBuilder<ProjectResource> WithPartnerKeyAt(this IResourceBuilder<ProjectResource> app, IResourceBuilder<ProjectResource> gateway)
    {
        var key = ParameterResourceBuilderExtensions.CreateDefaultPasswordParameter(app.ApplicationBuilder, $"{app.Resource.Name}-api-key", special: false);
        gateway.WithEnvironment(async context =>
        {
            if (context.ExecutionContext.IsPublishMode)
            {
                return; // a deployment configures its partners' key hashes itself (docs/operations.md)
            }

            var value = await key.GetValueAsync(context.CancellationToken) ?? "";
            context.EnvironmentVariables[$"Partners__Keys__{Index}__Name"] = app.Resource.Name;
            context.EnvironmentVariables[$"Partners__Keys__{Index}__KeyHash"] = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(value)));
            context.EnvironmentVariables[$"Partners__Keys__{Index}__PermitsPerMinute"] = PermitsPerMinute.ToString(System.Globalization.CultureInfo.InvariantCulture);
        });
        return app.WithEnvironment("WebApp__ApiKey", key);
    }
}
