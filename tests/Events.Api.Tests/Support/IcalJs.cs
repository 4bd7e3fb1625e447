using System.Diagnostics;
using System.Text.Json;

namespace Events.Api.Tests.Support;

/// <summary>
/// Mozilla's ical.js (an independent RFC 5545 parser), installed with npm into a temp folder
/// outside the repository on first use. Returns null (the caller skips) only when node or npm
/// are not installed; a failing install fails the test.
/// </summary>
public static class IcalJs
{
    private static readonly string Folder = Path.Combine(Path.GetTempPath(), "events-tests-icaljs");
    private static readonly SemaphoreSlim InstallLock = new(1, 1);

    private const string Script = """
        const ICAL = require('ical.js');
        const text = require('fs').readFileSync(0, 'utf8');
        const calendar = new ICAL.Component(ICAL.parse(text));
        for (const zone of calendar.getAllSubcomponents('vtimezone')) ICAL.TimezoneService.register(zone);
        const events = calendar.getAllSubcomponents('vevent').map(component => {
          const e = new ICAL.Event(component);
          return { uid: e.uid, summary: e.summary, description: e.description, location: e.location,
                   sequence: e.sequence, status: component.getFirstPropertyValue('status'),
                   tzid: e.startDate.zone && e.startDate.zone.tzid, startUtc: e.startDate.toJSDate().toISOString(),
                   endUtc: e.endDate.toJSDate().toISOString() };
        });
        process.stdout.write(JSON.stringify(events));
        """;

    public static async Task<JsonElement?> ParseAsync(string calendar)
    {
        if (!await EnsureInstalledAsync())
        {
            return null;
        }

        var (exitCode, output, error) = await RunAsync("node", ["-e", Script], calendar);
        Assert.True(exitCode == 0, "ical.js could not parse the feed: " + error);
        return JsonDocument.Parse(output).RootElement.Clone();
    }

    private static async Task<bool> EnsureInstalledAsync()
    {
        await InstallLock.WaitAsync();
        try
        {
            if (File.Exists(Path.Combine(Folder, "node_modules", "ical.js", "package.json")))
            {
                return true;
            }

            Directory.CreateDirectory(Folder);
            var (exitCode, _, error) = await RunAsync("npm", ["install", "--no-audit", "--no-fund", "--silent", "ical.js@2"], null);
            Assert.True(exitCode == 0, "npm is available but could not install ical.js: " + error);
            return true;
        }
        catch (System.ComponentModel.Win32Exception)
        {
            return false; // node or npm missing
        }
        finally
        {
            InstallLock.Release();
        }
    }

    private static async Task<(int ExitCode, string Output, string Error)> RunAsync(string file, string[] arguments, string? input)
    {
        var start = new ProcessStartInfo(file)
        {
            WorkingDirectory = Folder,
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start)!;
        if (input is not null)
        {
            await process.StandardInput.WriteAsync(input);
        }

        process.StandardInput.Close();
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(120));
        await process.WaitForExitAsync(timeout.Token);
        return (process.ExitCode, await output, await error);
    }
}
