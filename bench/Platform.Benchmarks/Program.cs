// The platform as a whole (docs/benchmarks.md, "Platform"). From the repository root, after
// `dotnet build -c Release Integration.Aspire.sln && dotnet build -c Release bench/Platform.Benchmarks`:
//   dotnet run -c Release --no-build --project bench/Platform.Benchmarks -- startup
//   dotnet run -c Release --no-build --project bench/Platform.Benchmarks -- publish-latency [publishes=500]
//   dotnet run -c Release --no-build --project bench/Platform.Benchmarks -- soak [seconds=120] [rate=50]
using Platform.Benchmarks;

return args switch
{
    ["startup", ..] => await StartupBenchmark.RunAsync(),
    ["publish-latency"] => await PublishLatencyBenchmark.RunAsync(500),
    ["publish-latency", var count] => await PublishLatencyBenchmark.RunAsync(int.Parse(count, System.Globalization.CultureInfo.InvariantCulture)),
    ["soak", .. var rest] when rest.Length <= 2 => await SoakBenchmark.RunAsync(
        rest.Length > 0 ? Number(rest[0]) : 120, rest.Length > 1 ? Number(rest[1]) : 50),
    _ => Usage(),
};

static int Usage()
{
    Console.Error.WriteLine("usage: startup | publish-latency [publishes] | soak [seconds] [rate]");
    return 2;
}

static int Number(string text) => int.Parse(text, System.Globalization.CultureInfo.InvariantCulture);
