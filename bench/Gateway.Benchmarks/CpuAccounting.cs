using TestSupport;
namespace Gateway.Benchmarks;

/// <summary>
/// CPU time every process on the machine used during a run (from /proc, through the process
/// table reader the EndToEnd tests use). On two shared cores throughput is bounded by the CPU all
/// processes of a request need together, so "CPU ms per request, by process" shows what the
/// gateway costs and who pays for it.
/// </summary>
internal sealed class CpuAccounting
{
    private const double MillisecondsPerTick = 1000.0 / 100; // USER_HZ is 100 on Linux.
    private readonly Dictionary<int, long> _start;

    private CpuAccounting(Dictionary<int, long> start) => _start = start;

    public static CpuAccounting Start() => new(ProcessTree.Snapshot().ToDictionary(e => e.Pid, e => e.CpuTicks));

    /// <summary>CPU milliseconds used since <see cref="Start"/>, summed per process name.</summary>
    public IReadOnlyDictionary<string, double> Stop()
    {
        var used = new Dictionary<string, double>();
        foreach (var entry in ProcessTree.Snapshot())
        {
            var ticks = entry.CpuTicks - _start.GetValueOrDefault(entry.Pid);
            if (ticks > 0)
            {
                var name = NameOf(entry);
                used[name] = used.GetValueOrDefault(name) + ticks * MillisecondsPerTick;
            }
        }

        return used;
    }

    // `dotnet X.dll` is named after the dll; the benchmark itself is "load generator", its
    // bare-proxy child "bare YARP proxy".
    private static string NameOf(ProcessTree.Entry entry)
    {
        var arguments = entry.Command.Split(' ');
        if (entry.Pid == Environment.ProcessId)
        {
            return "load generator (this process)";
        }

        if (arguments.Contains("bare-proxy"))
        {
            return "bare YARP proxy";
        }

        var dll = arguments.FirstOrDefault(a => a.EndsWith(".dll", StringComparison.Ordinal));
        return entry.Name == "dotnet" && dll is not null ? "dotnet " + Path.GetFileNameWithoutExtension(dll) : entry.Name;
    }
}
