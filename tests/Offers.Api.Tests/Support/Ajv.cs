using TestInfrastructure;

namespace Offers.Api.Tests.Support;

/// <summary>The independent JSON-schema validator: ajv (with ajv-formats) from npm, run by Node.js.</summary>
public static class Ajv
{
    private static readonly NodeTools Tools = new("offers-tests-ajv", "ajv@8", "ajv-formats@3");

    private const string Script = """
        const fs = require('fs');
        const Ajv = require('ajv');
        const addFormats = require('ajv-formats');
        // The HSDS schemas carry documentation keywords (name, core, constraints, ...): not strict.
        const ajv = new Ajv({ strict: false, allErrors: true });
        addFormats(ajv);
        const validate = ajv.compile(JSON.parse(fs.readFileSync(process.argv[2], 'utf8')));
        const items = JSON.parse(fs.readFileSync(0, 'utf8'));
        let invalid = 0;
        for (const item of items) {
          if (!validate(item)) { invalid++; console.log(item.id + ': ' + JSON.stringify(validate.errors)); }
        }
        console.log('validated ' + items.length + ', invalid ' + invalid);
        process.exit(invalid === 0 ? 0 : 1);
        """;

    public static async Task<(int ExitCode, string Output)> ValidateAsync(string schemaPath, string itemsJson)
    {
        var (exitCode, output, error) = await Tools.RunAsync(Script, itemsJson, schemaPath);
        return (exitCode, output + error);
    }
}
