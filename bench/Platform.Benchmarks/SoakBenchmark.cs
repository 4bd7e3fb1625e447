using System.Collections.Concurrent;
using System.Diagnostics;
using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using TestSupport;

namespace Platform.Benchmarks;

/// <summary>
/// Soak (issue 11, item 14): the platform as shipped, a bounded mixed read/write load at a fixed
/// rate through the gateway for a fixed time. Open loop: request <c>i</c> is due at
/// <c>i / rate</c> seconds after the start whatever the earlier ones are doing (a precomputed
/// schedule against one <see cref="Stopwatch"/>, so waiting never accumulates drift; when the
/// scheduler is late it starts what is due at once). In-flight requests are capped generously;
/// a request that cannot start is an error. Errors: any 5xx, transport error or timeout, any 4xx
/// the mix did not expect, any request that could not start. Each process group's memory is read
/// before the load (after the warm-up), right after it and after 10 s idle. The exit code is
/// non-zero when there was an error or a service logged an error line (or dropped a duplicate).
/// </summary>
internal static class SoakBenchmark
{
    private const int Seed = 20261201;
    private const int VolunteerCount = 50;
    private const int WarmUpSeconds = 15;
    private const int InFlightLimit = 256;
    private static readonly TimeSpan RequestTimeout = TimeSpan.FromSeconds(10);

    public static async Task<int> RunAsync(int seconds, int rate)
    {
        var log = Console.Error;
        var startedAt = DateTimeOffset.UtcNow;
        var watch = Stopwatch.StartNew();
        log.WriteLine($"soak: {seconds} s at {rate}/s; starting the platform (waits for the machine-wide platform lock) …");
        await using var platform = await TestPlatform.StartAsync(new TestPlatformOptions
        {
            GatewayEnvironment = new Dictionary<string, string>
            {
                // The benchmark's callers come from one address and a handful of subjects.
                ["RateLimiting__AnonymousPermitsPerMinute"] = "100000000",
                ["RateLimiting__AuthenticatedPermitsPerMinute"] = "100000000",
                ["Partners__Keys__0__Name"] = "soak-partner",
                ["Partners__Keys__0__KeyHash"] = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(SoakWorkload.PartnerKey))),
                ["Partners__Keys__0__PermitsPerMinute"] = "100000000",
            },
            ServiceEnvironment = new Dictionary<string, string>
            {
                ["Logging__LogLevel__Default"] = "Warning",
                // A redelivered message the inbox drops becomes a line in Trouble.
                ["Logging__LogLevel__Messaging.Inbox"] = "Debug",
            },
        });
        var platformStart = watch.Elapsed;
        var troubleAtStart = platform.Trouble.Lines.Count;
        log.WriteLine($"soak: platform healthy after {platformStart.TotalSeconds:0.0} s (lock wait included); seeding …");

        using var gateway = platform.CreateGatewayClient(RequestTimeout);
        var random = new Random(Seed);
        var workload = new SoakWorkload(gateway);
        var seeding = Stopwatch.StartNew();
        await workload.SeedAsync(VolunteerCount, random);
        var seeded = (Took: seeding.Elapsed, workload.PublishedOffers, workload.EditableOffers, workload.Volunteers, workload.Events);
        var troubleAfterSeed = platform.Trouble.Lines.Count;
        log.WriteLine($"soak: seeded in {seeded.Took.TotalSeconds:0.0} s; warming up {WarmUpSeconds} s …");

        var warmUp = await RunLoadAsync(gateway, workload, random, WarmUpSeconds, rate, log);
        var troubleAfterWarmUp = platform.Trouble.Lines.Count;
        var before = MemorySnapshot();
        log.WriteLine($"soak: warm-up done ({warmUp.Errors} errors); load {seconds} s …");

        var load = await RunLoadAsync(gateway, workload, random, seconds, rate, log);
        var after = MemorySnapshot();
        log.WriteLine("soak: load done; 10 s idle …");
        await Task.Delay(TimeSpan.FromSeconds(10));
        var idle = MemorySnapshot();
        var trouble = platform.Trouble.Lines;

        var report = new StringBuilder();
        void Line(FormattableString text = null!) => report.AppendLine(text is null ? "" : text.ToString(CultureInfo.InvariantCulture));
        Line($"## Soak: {seconds} s at {rate} requests/s through the gateway");
        Line();
        Line($"Run {startedAt:yyyy-MM-dd HH:mm} UTC, {Environment.MachineName}, {Environment.ProcessorCount} cores, load average at the end {LoadAverage()}; seed {Seed}.");
        Line($"Platform start {platformStart.TotalSeconds:0.0} s (platform lock wait included). Seeded through the public API in {seeded.Took.TotalSeconds:0.0} s: the demo catalogue plus {seeded.EditableOffers} published offers of 3 editors (2 coordinators, 1 provider) = {seeded.PublishedOffers} published offers, {seeded.Events} events (12–25 seats), {seeded.Volunteers} volunteers each registered for one event.");
        Line($"Warm-up {WarmUpSeconds} s at the same rate: {warmUp.Started} requests, {warmUp.Errors} errors.");
        Line();
        load.Write(report, seconds, rate);
        Line($"At the end: {workload.PublishedOffers} published offers, {workload.EditableOffers} edited by the mix; {workload.Substituted} volunteer requests found every volunteer busy and read the events list instead.");
        Line();
        WriteMemory(report, before, load.HalfTime, after, idle);
        var unknown = TestPlatform.Processes().Where(p => PlatformProcesses.KnownLabel(p) is null).Select(p => $"`{p.Command}`").Distinct().ToList();
        if (unknown.Count > 0)
        {
            Line($"Processes without a label of their own: {string.Join(", ", unknown)}.");
        }

        Line();
        Line($"### Error-level and duplicate-delivery lines of the services and the gateway: {trouble.Count}");
        Line();
        Line($"During start {troubleAtStart}, seeding {troubleAfterSeed - troubleAtStart}, warm-up {troubleAfterWarmUp - troubleAfterSeed}, load and idle {trouble.Count - troubleAfterWarmUp}.");
        if (trouble.Count > 0)
        {
            Line();
            foreach (var line in trouble.Take(20))
            {
                Line($"    {line}");
            }
        }

        var errors = warmUp.Errors + load.Errors;
        var pass = errors == 0 && trouble.Count == 0;
        Line();
        Line($"**{(pass ? "PASS" : "FAIL")}**: {load.Errors} errors under load, {warmUp.Errors} in the warm-up, {trouble.Count} trouble lines.");
        Console.Write(report.ToString());
        return pass ? 0 : 1;
    }

    /// <summary>Runs the mix open-loop at <paramref name="rate"/> for <paramref name="seconds"/>, then waits for every answer.</summary>
    private static async Task<LoadResult> RunLoadAsync(HttpClient gateway, SoakWorkload workload, Random random, int seconds, int rate, TextWriter log)
    {
        var result = new LoadResult();
        using var inFlight = new SemaphoreSlim(InFlightLimit, InFlightLimit);
        var running = new List<Task>();
        Task<Dictionary<string, Group>>? halfTime = null;
        var count = seconds * rate;
        var interval = Stopwatch.Frequency / (double)rate;
        var start = Stopwatch.GetTimestamp();
        var nextProgress = 10;
        for (var i = 0; i < count; i++)
        {
            var due = start + (long)(i * interval);
            var wait = Stopwatch.GetElapsedTime(Stopwatch.GetTimestamp(), due);
            if (wait > TimeSpan.Zero)
            {
                await Task.Delay(wait);
            }

            var now = Stopwatch.GetTimestamp();
            result.StartLag.Add(Math.Max(0, Stopwatch.GetElapsedTime(due, now).TotalMilliseconds));
            var planned = workload.Plan(random);
            if (!inFlight.Wait(0))
            {
                planned.Release?.Invoke();
                planned.Request.Dispose();
                result.Record(planned, Outcome.NotStarted, 0, 0);
                continue;
            }

            result.SawInFlight(InFlightLimit - inFlight.CurrentCount);
            running.Add(Task.Run(async () =>
            {
                try
                {
                    await ExecuteAsync(gateway, planned, result);
                }
                finally
                {
                    inFlight.Release();
                }
            }));

            if (i == count / 2)
            {
                halfTime = Task.Run(MemorySnapshot); // off the scheduler: reading /proc takes a while
            }

            if (Stopwatch.GetElapsedTime(start).TotalSeconds >= nextProgress)
            {
                log.WriteLine($"soak:   {nextProgress,4} s: {i + 1} started, {InFlightLimit - inFlight.CurrentCount} in flight, {result.Errors} errors");
                nextProgress += 10;
            }
        }

        result.Started = count;
        // From the first start to one interval after the last: exactly `seconds` when on schedule.
        result.Elapsed = Stopwatch.GetElapsedTime(start) + TimeSpan.FromTicks((long)(TimeSpan.TicksPerSecond / (double)rate));
        await Task.WhenAll(running);
        result.HalfTime = halfTime is null ? [] : await halfTime;
        return result;
    }

    private static async Task ExecuteAsync(HttpClient gateway, PlannedRequest planned, LoadResult result)
    {
        var sent = Stopwatch.GetTimestamp();
        try
        {
            using var response = await gateway.SendAsync(planned.Request); // reads the whole body
            var took = Stopwatch.GetElapsedTime(sent).TotalMilliseconds;
            var status = (int)response.StatusCode;
            var outcome = planned.Expected.Contains(status) ? Outcome.Expected
                : planned.ExpectedRace.Contains(status) ? Outcome.ExpectedRace
                : Outcome.Unexpected;
            if (planned.OnAnswer is not null)
            {
                await planned.OnAnswer(response);
            }

            result.Record(planned, outcome, status, took);
            if (outcome == Outcome.Unexpected && result.KeepExample())
            {
                var body = await response.Content.ReadAsStringAsync();
                result.Examples.Enqueue($"{planned.Kind}: {planned.Request.Method} {planned.Request.RequestUri} → {status} {body[..Math.Min(body.Length, 300)]}");
            }
        }
        catch (Exception exception) when (exception is HttpRequestException or TaskCanceledException or IOException)
        {
            var took = Stopwatch.GetElapsedTime(sent).TotalMilliseconds;
            var timeout = exception is TaskCanceledException;
            result.Record(planned, timeout ? Outcome.Timeout : Outcome.Transport, 0, took);
            if (result.KeepExample())
            {
                result.Examples.Enqueue($"{planned.Kind}: {planned.Request.Method} {planned.Request.RequestUri} → {(timeout ? "timeout" : "transport error")}: {exception.Message}");
            }
        }
        catch (Exception exception) when (exception is System.Text.Json.JsonException or FormatException or NullReferenceException or InvalidOperationException)
        {
            // An answer with the expected status but not what the contract says (no ETag, no id).
            result.Record(planned, Outcome.BadAnswer, 0, Stopwatch.GetElapsedTime(sent).TotalMilliseconds);
            if (result.KeepExample())
            {
                result.Examples.Enqueue($"{planned.Kind}: {planned.Request.Method} {planned.Request.RequestUri} → unreadable answer: {exception.Message}");
            }
        }
        finally
        {
            planned.Release?.Invoke();
            planned.Request.Dispose();
        }
    }

    // ---------------------------------------------------------------- memory

    private sealed record Group(int Processes, double Rss, double Pss);

    private static Dictionary<string, Group> MemorySnapshot() =>
        TestPlatform.Processes()
            .Select(p => (Label: PlatformProcesses.Label(p), p.RssMegabytes, p.PssMegabytes))
            .GroupBy(p => p.Label)
            .ToDictionary(g => g.Key, g => new Group(g.Count(), g.Sum(p => p.RssMegabytes), g.Sum(p => p.PssMegabytes)));

    private static void WriteMemory(StringBuilder report, Dictionary<string, Group> before, Dictionary<string, Group> half, Dictionary<string, Group> after, Dictionary<string, Group> idle)
    {
        var empty = new Group(0, 0, 0);
        var labels = before.Keys.Union(half.Keys).Union(after.Keys).Union(idle.Keys)
            .OrderByDescending(l => before.GetValueOrDefault(l, empty).Pss).ToList();
        foreach (var (title, value) in new (string, Func<Group, double>)[] { ("PSS", g => g.Pss), ("RSS", g => g.Rss) })
        {
            report.AppendLine(CultureInfo.InvariantCulture, $"### Memory ({title} MB): before the load (after the warm-up), at half-time, right after it, after 10 s idle");
            report.AppendLine();
            report.AppendLine("| process | before | half-time | after | Δ after | after 10 s idle | Δ idle |");
            report.AppendLine("|---|---|---|---|---|---|---|");
            foreach (var label in labels)
            {
                var (b, h, a, i) = (before.GetValueOrDefault(label, empty), half.GetValueOrDefault(label, empty), after.GetValueOrDefault(label, empty), idle.GetValueOrDefault(label, empty));
                var counts = b.Processes == h.Processes && b.Processes == a.Processes && a.Processes == i.Processes
                    ? b.Processes > 1 ? $" ({b.Processes})" : ""
                    : $" ({b.Processes}/{h.Processes}/{a.Processes}/{i.Processes})";
                report.AppendLine(CultureInfo.InvariantCulture,
                    $"| {label}{counts} | {value(b):0.0} | {value(h):0.0} | {value(a):0.0} | {value(a) - value(b):+0.0;−0.0;0.0} | {value(i):0.0} | {value(i) - value(b):+0.0;−0.0;0.0} |");
            }

            var (sb, sh, sa, si) = (before.Values.Sum(value), half.Values.Sum(value), after.Values.Sum(value), idle.Values.Sum(value));
            report.AppendLine(CultureInfo.InvariantCulture,
                $"| all, summed ({before.Values.Sum(g => g.Processes)} processes before) | {sb:0} | {sh:0} | {sa:0} | {sa - sb:+0;−0;0} | {si:0} | {si - sb:+0;−0;0} |");
            report.AppendLine();
        }
    }

    private static string LoadAverage()
    {
        try
        {
            return string.Join(' ', File.ReadAllText("/proc/loadavg").Split(' ').Take(3));
        }
        catch (IOException)
        {
            return "?";
        }
    }

    // ---------------------------------------------------------------- counting

    private enum Outcome { Expected, ExpectedRace, Unexpected, Transport, Timeout, NotStarted, BadAnswer }

    private sealed class LoadResult
    {
        private readonly ConcurrentQueue<(string Kind, bool IsWrite, Outcome Outcome, int Status, double Milliseconds)> _answers = new();
        private int _errors;
        private int _examples;
        private int _maxInFlight;

        public List<double> StartLag { get; } = [];

        public ConcurrentQueue<string> Examples { get; } = new();

        public int Started { get; set; }

        public TimeSpan Elapsed { get; set; }

        /// <summary>Memory per process group when half of the requests had started.</summary>
        public Dictionary<string, Group> HalfTime { get; set; } = [];

        public int Errors => Volatile.Read(ref _errors);

        public bool KeepExample() => Interlocked.Increment(ref _examples) <= 10;

        public void SawInFlight(int count)
        {
            if (count > _maxInFlight)
            {
                _maxInFlight = count;
            }
        }

        public void Record(PlannedRequest planned, Outcome outcome, int status, double milliseconds)
        {
            if (outcome is not (Outcome.Expected or Outcome.ExpectedRace))
            {
                Interlocked.Increment(ref _errors);
            }

            _answers.Enqueue((planned.Kind, planned.IsWrite, outcome, status, milliseconds));
        }

        public void Write(StringBuilder report, int seconds, int rate)
        {
            var answers = _answers.ToList();
            var answered = answers.Where(a => a.Outcome is not Outcome.NotStarted).ToList();
            var lag = StartLag.Order().ToList();
            report.AppendLine(CultureInfo.InvariantCulture,
                $"Requests started: **{Started}** in {Elapsed.TotalSeconds:0.00} s = **{Started / Elapsed.TotalSeconds:0.00}/s** (target {rate}/s for {seconds} s); start lag behind the schedule p50 {Percentile(lag, 0.5):0.0} ms, p99 {Percentile(lag, 0.99):0.0} ms, max {lag[^1]:0.0} ms; at most {_maxInFlight} in flight (limit {InFlightLimit}).");
            report.AppendLine();
            var byClass = answered.Where(a => a.Status > 0).GroupBy(a => a.Status / 100).OrderBy(g => g.Key)
                .Select(g => $"{g.Key}xx {g.Count()}");
            report.AppendLine(CultureInfo.InvariantCulture,
                $"Status classes: {string.Join(", ", byClass)}; transport errors {answers.Count(a => a.Outcome == Outcome.Transport)}, timeouts ({RequestTimeout.TotalSeconds:0} s) {answers.Count(a => a.Outcome == Outcome.Timeout)}, could not start {answers.Count(a => a.Outcome == Outcome.NotStarted)}.");
            report.AppendLine(CultureInfo.InvariantCulture,
                $"Errors: **{Errors}** (5xx {answered.Count(a => a.Status >= 500)}, unexpected 4xx {answered.Count(a => a.Outcome == Outcome.Unexpected && a.Status is >= 400 and < 500)}, other unexpected status {answered.Count(a => a.Outcome == Outcome.Unexpected && a.Status is > 0 and < 400)}, transport/timeout/not started {answers.Count(a => a.Outcome is Outcome.Transport or Outcome.Timeout or Outcome.NotStarted)}, answers not as the contract says {answers.Count(a => a.Outcome == Outcome.BadAnswer)}). Expected and not errors: 409/412 answering an offer update whose If-Match had gone stale (another edit of the same offer won the race): **{answers.Count(a => a.Outcome == Outcome.ExpectedRace)}**.");
            report.AppendLine();
            report.AppendLine("| | requests | as expected | 409/412 race | errors | p50 ms | p95 ms | p99 ms | max ms |");
            report.AppendLine("|---|---|---|---|---|---|---|---|---|");
            Row(report, "**reads**", answers.Where(a => !a.IsWrite).ToList());
            Row(report, "**writes**", answers.Where(a => a.IsWrite).ToList());
            Row(report, "**all**", answers);
            foreach (var kind in answers.GroupBy(a => (a.IsWrite, a.Kind)).OrderBy(g => g.Key.IsWrite).ThenByDescending(g => g.Count()))
            {
                Row(report, $"{(kind.Key.IsWrite ? "write" : "read")}: {kind.Key.Kind}", kind.ToList());
            }

            report.AppendLine();
            report.AppendLine("Latency: from the request's start to the last byte of its answer, at the load generator (same 2 cores as the platform).");
            if (!Examples.IsEmpty)
            {
                report.AppendLine();
                report.AppendLine("First errors:");
                report.AppendLine();
                foreach (var example in Examples)
                {
                    report.AppendLine(CultureInfo.InvariantCulture, $"    {example}");
                }
            }

            report.AppendLine();
        }

        private static void Row(StringBuilder report, string label, List<(string Kind, bool IsWrite, Outcome Outcome, int Status, double Milliseconds)> rows)
        {
            var latencies = rows.Where(r => r.Outcome is not Outcome.NotStarted).Select(r => r.Milliseconds).Order().ToList();
            var errors = rows.Count(r => r.Outcome is not (Outcome.Expected or Outcome.ExpectedRace));
            report.AppendLine(CultureInfo.InvariantCulture,
                $"| {label} | {rows.Count} | {rows.Count(r => r.Outcome == Outcome.Expected)} | {rows.Count(r => r.Outcome == Outcome.ExpectedRace)} | {errors} | {Percentile(latencies, 0.50):0.0} | {Percentile(latencies, 0.95):0.0} | {Percentile(latencies, 0.99):0.0} | {(latencies.Count > 0 ? latencies[^1] : 0):0.0} |");
        }

        private static double Percentile(List<double> sorted, double p) =>
            sorted.Count == 0 ? 0 : sorted[Math.Max(0, (int)Math.Ceiling(p * sorted.Count) - 1)];
    }
}
