using System.Diagnostics;

namespace Gateway.Benchmarks;

internal sealed record LoadResult(string Name, int Requests, int Failures, double Seconds, double MedianMs, double P99Ms)
{
    public double Throughput => Requests / Seconds;
}

/// <summary>
/// N clients, each sending the next request as soon as the previous answered, for a fixed time.
/// Every latency is kept, so median and p99 are exact for the run, not estimated.
/// </summary>
internal static class ClosedLoopLoad
{
    public static async Task<LoadResult> RunAsync(string name, HttpClient client, Uri target, int clients, TimeSpan duration)
    {
        var latencies = new List<double>[clients];
        var failures = 0;
        var stopAt = Stopwatch.GetTimestamp() + (long)(duration.TotalSeconds * Stopwatch.Frequency);
        var started = Stopwatch.GetTimestamp();
        await Task.WhenAll(Enumerable.Range(0, clients).Select(async worker =>
        {
            var own = latencies[worker] = new List<double>(16_384);
            while (Stopwatch.GetTimestamp() < stopAt)
            {
                var begin = Stopwatch.GetTimestamp();
                using var response = await client.GetAsync(target, HttpCompletionOption.ResponseContentRead);
                own.Add(Stopwatch.GetElapsedTime(begin).TotalMilliseconds);
                if (!response.IsSuccessStatusCode)
                {
                    Interlocked.Increment(ref failures);
                }
            }
        }));
        var seconds = Stopwatch.GetElapsedTime(started).TotalSeconds;
        var all = latencies.SelectMany(l => l).Order().ToArray();
        return new LoadResult(name, all.Length, failures, seconds, Percentile(all, 0.50), Percentile(all, 0.99));
    }

    private static double Percentile(double[] sorted, double p) =>
        sorted.Length == 0 ? double.NaN : sorted[Math.Clamp((int)Math.Ceiling(p * sorted.Length) - 1, 0, sorted.Length - 1)];
}
