using System.Text.Json;
using System.Text.Json.Serialization;

namespace ServiceDefaults.Json;

/// <summary>
/// Refuses the NUL character (U+0000) in every string of a request body. PostgreSQL text cannot
/// hold it, so a title with <c>\u0000</c> would otherwise fail in the database as a 500; here it
/// is a 400 that names the field.
/// </summary>
internal sealed class NulFreeStringConverter : JsonConverter<string>
{
    public const string Problem = "must not contain the NUL character (U+0000).";

    public override bool HandleNull => false;

    public override string? Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType != JsonTokenType.String)
        {
            throw new JsonException(); // the serializer words it and names the path, as without this converter
        }

        var value = reader.GetString()!;
        return value.Contains('\0', StringComparison.Ordinal) ? throw new JsonFieldException(Problem) : value;
    }

    public override void Write(Utf8JsonWriter writer, string value, JsonSerializerOptions options) => writer.WriteStringValue(value);
}
