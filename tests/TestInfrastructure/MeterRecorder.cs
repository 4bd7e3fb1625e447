using System.Collections.Concurrent;
using System.Diagnostics.Metrics;
using Messaging;
using TestSupport;

namespace TestInfrastructure;

/// <summary>
/// Records the measurements of one counter of a service hosted in this test process, by the value
/// of one tag: how a test sees what a service only reports as a metric (a cache hit, a duplicate
/// the inbox dropped).
/// </summary>
public sealed class MeterRecorder : IDisposable
{
    private readonly MeterListener _listener = new();
    private readonly ConcurrentQueue<string> _values = new();

    /// <param name="scope">Only instruments of this meter factory (one service's container), or any.</param>
    public MeterRecorder(string meterName, string instrumentName, string tag, IMeterFactory? scope = null)
    {
        _listener.InstrumentPublished = (instrument, listener) =>
        {
            if (instrument.Meter.Name == meterName && instrument.Name == instrumentName && (scope is null || instrument.Meter.Scope == scope))
            {
                listener.EnableMeasurementEvents(instrument);
            }
        };
        _listener.SetMeasurementEventCallback<long>((_, value, tags, _) =>
        {
            foreach (var pair in tags)
            {
                if (pair.Key == tag && pair.Value is string tagValue)
                {
                    for (var i = 0; i < value; i++)
                    {
                        _values.Enqueue(tagValue);
                    }
                }
            }
        });
        _listener.Start();
    }

    /// <summary>The inbox's duplicates, by consumer.</summary>
    public static MeterRecorder InboxDuplicates() => new(MessagingTelemetry.SourceName, MessagingTelemetry.InboxDuplicatesName, "consumer");

    /// <summary>The tag values in the order they were measured (a measurement of n counts n times).</summary>
    public IReadOnlyList<string> Values => [.. _values];

    public Task WaitForAsync(string value, int count = 1) =>
        Eventually.HoldsAsync($"{count} measurement(s) with {value}", () => Values.Count(v => v == value) >= count, TimeSpan.FromSeconds(20));

    public void Dispose() => _listener.Dispose();
}
