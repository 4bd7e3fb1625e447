// The platform as a whole (docs/benchmarks.md, "Platform"). From the repository root, after
// `dotnet build -c Release Integration.Aspire.sln && dotnet build -c Release bench/Platform.Benchmarks`:
//   dotnet run -c Release --no-build --project bench/Platform.Benchmarks -- startup
//   dotnet run -c Release --no-build --project bench/Platform.Benchmarks -- publish-latency [publishes=500]
using Platform.Benchmarks;

return args switch
{
    ["startup", ..] => await StartupBenchmark.RunAsync(),
    ["publish-latency"] => await PublishLatencyBenchmark.RunAsync(500),
    ["publish-latency", var count] => await PublishLatencyBenchmark.RunAsync(int.Parse(count, System.Globalization.CultureInfo.InvariantCulture)),
    _ => Usage(),
};

static int Usage()
{
    Console.Error.WriteLine("usage: startup | publish-latency [publishes]");
    return 2;
}
