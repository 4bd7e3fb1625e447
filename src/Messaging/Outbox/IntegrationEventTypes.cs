using System.Collections.Frozen;
using Contracts;

namespace Messaging.Outbox;

/// <summary>
/// Maps the type name stored in an outbox row back to its contract type. Only types of the
/// Contracts assembly are accepted, so a row can never make the relay load arbitrary types.
/// </summary>
public static class IntegrationEventTypes
{
    private static readonly FrozenDictionary<string, Type> ByName = typeof(IIntegrationEvent).Assembly.GetTypes()
        .Where(t => t is { IsClass: true, IsAbstract: false } && typeof(IIntegrationEvent).IsAssignableFrom(t))
        .ToFrozenDictionary(t => NameOf(t), StringComparer.Ordinal);

    /// <summary>Every integration event of the Contracts assembly.</summary>
    public static IEnumerable<Type> All => ByName.Values;

    public static string NameOf(Type type) => type.FullName ?? type.Name;

    public static Type Resolve(string name) =>
        ByName.TryGetValue(name, out var type)
            ? type
            : throw new InvalidOperationException($"'{name}' is not an integration event of the Contracts assembly.");
}
