using System.Collections.Concurrent;
using System.Text.RegularExpressions;
using Aspire.Hosting.ApplicationModel;

namespace PlatformTesting;

/// <summary>
/// Every console line in which a service or the gateway (each replica) logged at error or
/// critical level, or its inbox dropped a redelivered message (a debug line, where that category
/// is turned on): none of them belongs to normal operation. Read from Aspire's resource logs
/// from each instance's start, in full.
/// </summary>
public sealed partial class ServiceTrouble
{
    private static readonly string[] Services = ["offers-api", "volunteers-api", "events-api", "gateway"];
    private readonly ConcurrentQueue<string> _lines = new();
    private readonly ConcurrentDictionary<string, bool> _watched = new();
    private readonly ConcurrentDictionary<string, bool> _explainNext = new();

    public IReadOnlyList<string> Lines => [.. _lines];

    internal async Task RecordAsync(ResourceNotificationService notifications, ResourceLoggerService loggers, CancellationToken stopping)
    {
        try
        {
            await foreach (var update in notifications.WatchAsync(stopping))
            {
                if (Services.Contains(update.Resource.Name) && _watched.TryAdd(update.ResourceId, true))
                {
                    _ = WatchAsync(loggers, update.ResourceId, stopping);
                }
            }
        }
        catch (OperationCanceledException)
        {
        }
    }

    private async Task WatchAsync(ResourceLoggerService loggers, string instance, CancellationToken stopping)
    {
        try
        {
            await foreach (var batch in loggers.WatchAsync(instance).WithCancellation(stopping))
            {
                foreach (var line in batch)
                {
                    Inspect(instance, line.Content);
                }
            }
        }
        catch (OperationCanceledException)
        {
        }
    }

    private void Inspect(string instance, string line)
    {
        var content = AnsiColour().Replace(line, ""); // the console logger colours its level names
        if (TroubleLine().IsMatch(content))
        {
            _lines.Enqueue($"{instance}: {content}");
            _explainNext[instance] = true; // the console logger writes the message on the next line
        }
        else if (_explainNext.TryRemove(instance, out _))
        {
            _lines.Enqueue($"{instance}:   {content.Trim()}");
        }
    }

    // "fail: Category[id]" / "crit: …" as the console logger starts an entry (after an optional
    // timestamp), and the inbox's "Dropped … handled it already."
    [GeneratedRegex(@"(^|\s)(fail|crit): |handled it already", RegexOptions.CultureInvariant)]
    private static partial Regex TroubleLine();

    [GeneratedRegex(@"\x1B\[[0-9;]*m", RegexOptions.CultureInvariant)]
    private static partial Regex AnsiColour();
}
