using TestInfrastructure;

namespace Offers.Api.Tests.Support;

/// <summary>
/// A fact that needs the HSDS 3.0 schema from ../shared (it is never copied into this repository).
/// Where no ancestor folder of the test run holds shared/data/hsds-3.0/service.json, the test is
/// reported as skipped with that reason; likewise where Node.js is missing (the validator runs on it).
/// </summary>
public sealed class SharedSchemaFactAttribute : FactAttribute
{
    public SharedSchemaFactAttribute()
    {
        if (SchemaPath is null)
        {
            Skip = "../shared/data/hsds-3.0/service.json is absent: the HSDS schema validation cannot run here.";
        }
        else if (!NodeTools.Available)
        {
            Skip = "Node.js and npm are not installed: the schema validator (ajv) cannot run here.";
        }
    }

    public static string? SchemaPath
    {
        get
        {
            for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            {
                var candidate = Path.Combine(dir.FullName, "shared", "data", "hsds-3.0", "service.json");
                if (File.Exists(candidate))
                {
                    return candidate;
                }
            }

            return null;
        }
    }
}
