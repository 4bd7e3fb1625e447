using System.Diagnostics;

namespace Offers.Api.Tests.Support;

/// <summary>
/// The independent JSON-schema validator: ajv (with ajv-formats) from npm, run by Node.js. npm
/// installs it once into a temp folder outside the repository; later runs reuse it.
/// </summary>
public static class Ajv
{
    private static readonly string Folder = Path.Combine(Path.GetTempPath(), "offers-tests-ajv");

    private const string Script = """
        const fs = require('fs');
        const Ajv = require('ajv');
        const addFormats = require('ajv-formats');
        // The HSDS schemas carry documentation keywords (name, core, constraints, ...): not strict.
        const ajv = new Ajv({ strict: false, allErrors: true });
        addFormats(ajv);
        const validate = ajv.compile(JSON.parse(fs.readFileSync(process.argv[2], 'utf8')));
        const items = JSON.parse(fs.readFileSync(process.argv[3], 'utf8'));
        let invalid = 0;
        for (const item of items) {
          if (!validate(item)) { invalid++; console.log(item.id + ': ' + JSON.stringify(validate.errors)); }
        }
        console.log('validated ' + items.length + ', invalid ' + invalid);
        process.exit(invalid === 0 ? 0 : 1);
        """;

    public static async Task<(int ExitCode, string Output)> ValidateAsync(string schemaPath, string itemsJson)
    {
        await InstallAsync();
        var data = Path.Combine(Folder, $"items-{Guid.NewGuid():N}.json");
        await File.WriteAllTextAsync(data, itemsJson);
        try
        {
            return await RunAsync("node", Folder, Path.Combine(Folder, "validate.js"), schemaPath, data);
        }
        finally
        {
            File.Delete(data);
        }
    }

    private static async Task InstallAsync()
    {
        Directory.CreateDirectory(Folder);
        await File.WriteAllTextAsync(Path.Combine(Folder, "validate.js"), Script);
        if (Directory.Exists(Path.Combine(Folder, "node_modules", "ajv-formats")))
        {
            return;
        }

        var (exitCode, output) = await RunAsync("npm", Folder, "install", "--no-audit", "--no-fund", "--prefix", Folder, "ajv@8", "ajv-formats@3");
        Assert.True(exitCode == 0, "npm install ajv failed: " + output);
    }

    private static async Task<(int, string)> RunAsync(string file, string workingDirectory, params string[] arguments)
    {
        var start = new ProcessStartInfo(file) { WorkingDirectory = workingDirectory, RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync(new CancellationTokenSource(TimeSpan.FromMinutes(3)).Token);
        return (process.ExitCode, await stdout + await stderr);
    }
}
