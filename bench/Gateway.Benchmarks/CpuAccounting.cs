using System.Globalization;

namespace Gateway.Benchmarks;

/// <summary>
/// CPU time every process on the machine used during a run, from /proc (Linux). On two shared
/// cores throughput is bounded by the CPU all processes of a request need together, so "CPU ms
/// per request, by process" shows what the gateway costs and who pays for it.
/// </summary>
internal sealed class CpuAccounting
{
    private static readonly double MillisecondsPerTick = 1000.0 / 100; // USER_HZ is 100 on Linux.
    private readonly Dictionary<int, (string Name, long Ticks)> _start;

    private CpuAccounting(Dictionary<int, (string Name, long Ticks)> start) => _start = start;

    public static CpuAccounting Start() => new(Snapshot());

    /// <summary>CPU milliseconds used since <see cref="Start"/>, summed per process name.</summary>
    public IReadOnlyDictionary<string, double> Stop()
    {
        var used = new Dictionary<string, double>();
        foreach (var (pid, (name, ticks)) in Snapshot())
        {
            var before = _start.TryGetValue(pid, out var earlier) ? earlier.Ticks : 0;
            if (ticks > before)
            {
                used[name] = used.GetValueOrDefault(name) + (ticks - before) * MillisecondsPerTick;
            }
        }

        return used;
    }

    private static Dictionary<int, (string Name, long Ticks)> Snapshot()
    {
        var result = new Dictionary<int, (string, long)>();
        foreach (var directory in Directory.EnumerateDirectories("/proc"))
        {
            if (!int.TryParse(Path.GetFileName(directory), out var pid))
            {
                continue;
            }

            try
            {
                var stat = File.ReadAllText(Path.Combine(directory, "stat"));
                // "pid (comm) state ..." — comm may hold spaces and parentheses, so split after the last ')'.
                var close = stat.LastIndexOf(')');
                var comm = stat[(stat.IndexOf('(') + 1)..close];
                var fields = stat[(close + 2)..].Split(' ');
                var ticks = long.Parse(fields[11], CultureInfo.InvariantCulture) + long.Parse(fields[12], CultureInfo.InvariantCulture);
                result[pid] = (NameOf(directory, comm, pid), ticks);
            }
            catch (Exception exception) when (exception is IOException or UnauthorizedAccessException or FormatException or IndexOutOfRangeException)
            {
                // The process ended while being read.
            }
        }

        return result;
    }

    // `dotnet X.dll` is named after the dll; the benchmark itself is "load generator", its bare-proxy child "bare YARP proxy".
    private static string NameOf(string directory, string comm, int pid)
    {
        if (pid == Environment.ProcessId)
        {
            return "load generator (this process)";
        }

        var arguments = File.ReadAllText(Path.Combine(directory, "cmdline")).Split('\0');
        if (arguments.Contains("bare-proxy"))
        {
            return "bare YARP proxy";
        }

        if (comm != "dotnet")
        {
            return comm;
        }

        var dll = arguments.FirstOrDefault(a => a.EndsWith(".dll", StringComparison.Ordinal));
        return dll is null ? "dotnet" : "dotnet " + Path.GetFileNameWithoutExtension(dll);
    }
}
