using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Volunteers.Api.Infrastructure.EntityConfigurations;

/// <summary>
/// Stores a list of small records as one jsonb column. The lists are always replaced as a whole,
/// so comparing their serialised form is enough for change tracking.
/// </summary>
internal static class JsonColumn
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public static PropertyBuilder<List<T>> HasJsonConversion<T>(this PropertyBuilder<List<T>> property) =>
        property
            .HasColumnType("jsonb")
            .HasConversion(
                value => JsonSerializer.Serialize(value, Json),
                json => JsonSerializer.Deserialize<List<T>>(json, Json) ?? new List<T>(),
                new ValueComparer<List<T>>(
                    (a, b) => JsonSerializer.Serialize(a, Json) == JsonSerializer.Serialize(b, Json),
                    list => JsonSerializer.Serialize(list, Json).GetHashCode(StringComparison.Ordinal),
                    list => JsonSerializer.Deserialize<List<T>>(JsonSerializer.Serialize(list, Json), Json)!));
}
