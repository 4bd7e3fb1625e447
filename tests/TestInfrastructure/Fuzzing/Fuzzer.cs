using System.Net.Http.Json;

using System.Text.Json;

namespace TestInfrastructure.Fuzzing;

/// <summary>
/// Sends malformed requests one after another (a fixed order, so a seed reproduces a run) and
/// collects every answer that breaks the rules: a 5xx anywhere, a 2xx from an endpoint that
/// changes state (a malformed change must be refused), an error that is not problem+json.
/// </summary>
public static class Fuzzer
{
    /// <summary><c>FUZZ_SEED</c> reruns a failed run; otherwise the fixed default, so every run checks the same requests.</summary>
    public static int Seed => int.TryParse(Environment.GetEnvironmentVariable("FUZZ_SEED"), out var seed) ? seed : 20261201;

    public static async Task<FuzzReport> RunAsync(IReadOnlyList<FuzzTarget> targets, int count, int seed)
    {
        var report = new FuzzReport(seed);
        foreach (var request in new MalformedRequests(seed).For(targets, count))
        {
            var target = targets[request.Index % targets.Count];
            using var message = request.ToMessage();
            using var response = await target.Client().SendAsync(message);
            var status = (int)response.StatusCode;
            report.Count(status);
            var problem = await ProblemOfAsync(response);
            if (status >= 500 || (target.MayChangeState && status < 400) || (status >= 400 && problem is null && status != 404 && status != 405))
            {
                report.Failures.Add($"{request} -> {status} {problem ?? await response.Content.ReadAsStringAsync()}");
            }
        }

        return report;
    }

    /// <summary>The problem's title and detail, or null when the answer is not problem+json.</summary>
    private static async Task<string?> ProblemOfAsync(HttpResponseMessage response)
    {
        if (response.Content.Headers.ContentType?.MediaType != "application/problem+json")
        {
            return null;
        }

        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        return $"{problem.GetProperty("title")}: {(problem.TryGetProperty("detail", out var detail) ? detail : default)}";
    }
}

public sealed class FuzzReport(int seed)
{
    public int Seed { get; } = seed;

    public SortedDictionary<int, int> Statuses { get; } = [];

    public List<string> Failures { get; } = [];

    public int Total => Statuses.Values.Sum();

    public void Count(int status) => Statuses[status] = Statuses.GetValueOrDefault(status) + 1;

    public override string ToString() =>
        $"seed {Seed} (rerun with FUZZ_SEED={Seed}): {Total} requests, " + string.Join(", ", Statuses.Select(s => $"{s.Key}: {s.Value}"))
        + (Failures.Count == 0 ? "" : $"\n{Failures.Count} failures, the first:\n" + string.Join("\n", Failures.Take(15)));
}

/// <summary>The fuzz check every service runs: malformed requests refused, nothing stored, the service still healthy.</summary>
public static class FuzzCheck
{
    public static async Task MalformedRequestsChangeNothingAsync(
        IReadOnlyList<FuzzTarget> targets, int count, string connectionString, HttpClient client, Xunit.Abstractions.ITestOutputHelper output)
    {
        await DatabaseSnapshot.OutboxDrainedAsync(connectionString);
        var before = await DatabaseSnapshot.TakeAsync(connectionString);

        var report = await Fuzzer.RunAsync(targets, count, Fuzzer.Seed);

        output.WriteLine(report.ToString());
        Xunit.Assert.True(report.Failures.Count == 0, report.ToString());
        Xunit.Assert.Equal(before, await DatabaseSnapshot.TakeAsync(connectionString));
        Xunit.Assert.Equal(System.Net.HttpStatusCode.OK, (await client.GetAsync("/health")).StatusCode);
    }
}
