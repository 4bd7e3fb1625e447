using System.Globalization;

namespace TestSupport;

/// <summary>
/// Reads the Linux process table from /proc: the tests find every process a platform run started
/// and prove none survives the stop; the benchmarks sum the CPU time and memory of each.
/// </summary>
public static class ProcessTree
{
    /// <param name="Name">The executable's name as the kernel keeps it (at most 15 characters).</param>
    /// <param name="State">R, S, D, Z (zombie: exited, not reaped yet) …</param>
    /// <param name="Command">The command line, arguments separated by spaces.</param>
    /// <param name="CpuTicks">User plus system CPU time so far, in clock ticks (1/100 s).</param>
    /// <param name="RssPages">Resident memory in pages (4 KiB).</param>
    public sealed record Entry(int Pid, int ParentPid, int SessionId, string StartTicks, string Name, char State, string Command, long CpuTicks, long RssPages)
    {
        public double RssMegabytes => RssPages * 4096 / 1_048_576.0;

        /// <summary>
        /// Proportional set size: shared pages (the same binary in eight DCP monitors, PostgreSQL's
        /// shared buffers in every backend) divided among the processes sharing them, so the sum
        /// over processes is what they take together. 0 where it cannot be read.
        /// </summary>
        public double PssMegabytes
        {
            get
            {
                try
                {
                    var line = File.ReadLines($"/proc/{Pid}/smaps_rollup").FirstOrDefault(l => l.StartsWith("Pss:", StringComparison.Ordinal));
                    return line is null ? 0 : long.Parse(line.Split(' ', StringSplitOptions.RemoveEmptyEntries)[1], CultureInfo.InvariantCulture) / 1024.0;
                }
                catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
                {
                    return 0;
                }
            }
        }
    }

    public static IReadOnlyList<Entry> Snapshot()
    {
        var entries = new List<Entry>();
        foreach (var directory in Directory.EnumerateDirectories("/proc"))
        {
            if (int.TryParse(Path.GetFileName(directory), out var pid) && Read(pid) is { } entry)
            {
                entries.Add(entry);
            }
        }

        return entries;
    }

    public static Entry? Read(int pid)
    {
        try
        {
            var stat = File.ReadAllText($"/proc/{pid}/stat");
            // The command name is in parentheses and may contain spaces: parse after the last ')'.
            var close = stat.LastIndexOf(')');
            var name = stat[(stat.IndexOf('(') + 1)..close];
            var fields = stat[(close + 2)..].Split(' ');
            var command = File.ReadAllText($"/proc/{pid}/cmdline").Replace('\0', ' ').Trim();
            return new Entry(pid, Int(fields[1]), Int(fields[3]), fields[19], name, fields[0][0], command,
                Long(fields[11]) + Long(fields[12]), Long(fields[21]));
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException or IndexOutOfRangeException)
        {
            return null; // the process ended while we read it
        }
    }

    /// <summary>The roots and all their descendants, plus every process in a root's session.</summary>
    public static IReadOnlyList<Entry> StartedBy(IEnumerable<int> roots)
    {
        var all = Snapshot();
        var rootSet = roots.ToHashSet();
        var found = new Dictionary<int, Entry>();
        var queue = new Queue<int>(rootSet);
        while (queue.Count > 0)
        {
            var pid = queue.Dequeue();
            foreach (var entry in all.Where(e => e.Pid == pid || e.ParentPid == pid))
            {
                if (found.TryAdd(entry.Pid, entry))
                {
                    queue.Enqueue(entry.Pid);
                }
            }
        }

        foreach (var entry in all.Where(e => rootSet.Contains(e.SessionId)))
        {
            found.TryAdd(entry.Pid, entry);
        }

        return [.. found.Values];
    }

    public static IReadOnlyList<Entry> StartedBy(int root) => StartedBy([root]);

    /// <summary>Present and not a zombie (a zombie has exited and only waits to be reaped).</summary>
    public static bool IsRunning(int pid) => Read(pid) is { State: not 'Z' and not 'X' };

    /// <summary>Those of <paramref name="entries"/> still running (same pid and start time, not a zombie).</summary>
    public static IReadOnlyList<Entry> StillRunning(IEnumerable<Entry> entries) =>
        [.. entries.Where(e => Read(e.Pid) is { State: not 'Z' and not 'X' } now && now.StartTicks == e.StartTicks)];

    private static int Int(string value) => int.Parse(value, CultureInfo.InvariantCulture);

    private static long Long(string value) => long.Parse(value, CultureInfo.InvariantCulture);
}
