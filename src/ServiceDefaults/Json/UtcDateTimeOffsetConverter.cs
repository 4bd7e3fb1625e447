using System.Text.Json;
using System.Text.Json.Serialization;

namespace ServiceDefaults.Json;

/// <summary>
/// Reads every DateTimeOffset of every request body through <see cref="IsoTimes"/> (so each
/// arrives in UTC, whatever offset the caller wrote) and writes times as they are given (responses
/// choose their offset, e.g. Europe/Berlin for events).
/// </summary>
internal sealed class UtcDateTimeOffsetConverter : JsonConverter<DateTimeOffset>
{
    public override DateTimeOffset Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType != JsonTokenType.String || !IsoTimes.TryParse(reader.GetString(), out var utc))
        {
            throw new JsonFieldException(IsoTimes.Problem);
        }

        return utc;
    }

    public override void Write(Utf8JsonWriter writer, DateTimeOffset value, JsonSerializerOptions options) =>
        writer.WriteStringValue(value);
}

/// <summary>A JSON value that has the right type but not an acceptable form; its message is meant for the caller.</summary>
public sealed class JsonFieldException(string message) : JsonException(message);
