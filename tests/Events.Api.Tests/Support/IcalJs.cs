using System.Text.Json;
using TestInfrastructure;

namespace Events.Api.Tests.Support;

/// <summary>Mozilla's ical.js (an independent RFC 5545 parser) from npm, run by Node.js.</summary>
public static class IcalJs
{
    private static readonly NodeTools Tools = new("events-tests-icaljs", "ical.js@2");

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

    public static async Task<JsonElement> ParseAsync(string calendar)
    {
        var (exitCode, output, error) = await Tools.RunAsync(Script, calendar);
        Assert.True(exitCode == 0, "ical.js could not parse the feed: " + error);
        return JsonDocument.Parse(output).RootElement.Clone();
    }
}
