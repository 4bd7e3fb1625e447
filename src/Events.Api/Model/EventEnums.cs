using System.Collections.Frozen;
using System.Text.Json;

namespace Events.Api.Model;

/// <summary>The kebab-case names of api.md for the event enumerations (<c>self-care</c>).</summary>
public static class EventEnums
{
    public static readonly FrozenDictionary<string, EventType> Types = NamesOf<EventType>();
    public static readonly FrozenDictionary<string, EventAudience> Audiences = NamesOf<EventAudience>();

    public static string NameOf<TEnum>(TEnum value) where TEnum : struct, Enum =>
        JsonNamingPolicy.KebabCaseLower.ConvertName(value.ToString());

    private static FrozenDictionary<string, TEnum> NamesOf<TEnum>() where TEnum : struct, Enum =>
        Enum.GetValues<TEnum>().ToFrozenDictionary(NameOf, v => v, StringComparer.Ordinal);
}
