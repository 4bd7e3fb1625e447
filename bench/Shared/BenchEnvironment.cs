namespace Benchmarks;

/// <summary>
/// Extra settings for the platform a benchmark starts, from <c>BENCH_ENV="NAME=value;NAME=value"</c>
/// (e.g. <c>Offers__SearchCache__Enabled=false</c>), so variants are measured without code changes.
/// </summary>
internal static class BenchEnvironment
{
    public static IEnumerable<KeyValuePair<string, string>> Extra() =>
        (Environment.GetEnvironmentVariable("BENCH_ENV") ?? "")
            .Split(';', StringSplitOptions.RemoveEmptyEntries)
            .Select(pair => pair.Split('=', 2))
            .Select(parts => KeyValuePair.Create(parts[0], parts[1]));
}
