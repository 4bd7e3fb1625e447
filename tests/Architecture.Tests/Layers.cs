using System.Reflection;

namespace Architecture.Tests;

/// <summary>
/// The platform's assemblies by role. Loaded by name (each web project has its own top-level
/// <c>Program</c>, so a marker type would be ambiguous).
/// </summary>
internal static class Layers
{
    /// <summary>The bounded contexts: each owns its data and talks to the others only by messages.</summary>
    public static readonly string[] Contexts = ["Offers.Api", "Volunteers.Api", "Events.Api"];

    public const string Gateway = "Gateway";

    public const string WebApp = "WebApp";

    public const string Contracts = "Contracts";

    /// <summary>The shared building blocks every service uses the same way.</summary>
    public static readonly string[] BuildingBlocks = ["ServiceDefaults", "Messaging", "Persistence", "ReferenceData", Contracts];

    /// <summary>The namespaces an assembly of the platform declares (its root names).</summary>
    public static readonly IReadOnlyDictionary<string, string[]> Namespaces = new Dictionary<string, string[]>
    {
        ["Offers.Api"] = ["Offers.Api"],
        ["Volunteers.Api"] = ["Volunteers.Api"],
        ["Events.Api"] = ["Events.Api"],
        [Gateway] = ["Gateway"],
    };

    public static Assembly Load(string name) => Assembly.Load(new AssemblyName(name));

    /// <summary>The platform assemblies <paramref name="name"/> is compiled against (unused project references are not in its metadata).</summary>
    public static IReadOnlyList<string> PlatformReferencesOf(string name)
    {
        var platform = Contexts.Append(Gateway).Append(WebApp).Concat(BuildingBlocks).ToHashSet(StringComparer.Ordinal);
        return [.. Load(name).GetReferencedAssemblies().Select(reference => reference.Name!).Where(platform.Contains).Order()];
    }
}
