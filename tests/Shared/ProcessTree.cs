using System.Globalization;

namespace PlatformDriver;

/// <summary>
/// Reads the Linux process table from /proc: the EndToEnd tests find every process the AppHost
/// started (its descendants, and anything left in its session) and prove none survives the stop;
/// the benchmarks sum the CPU time each process used during a run.
/// </summary>
internal static class ProcessTree
{
    /// <param name="Name">The executable's name as the kernel keeps it (at most 15 characters).</param>
    /// <param name="Command">The command line, arguments separated by spaces.</param>
    /// <param name="CpuTicks">User plus system CPU time so far, in clock ticks (1/100 s).</param>
    public sealed record Entry(int Pid, int ParentPid, int SessionId, string StartTicks, string Name, string Command, long CpuTicks);

    public static IReadOnlyList<Entry> Snapshot()
    {
        var entries = new List<Entry>();
        foreach (var directory in Directory.EnumerateDirectories("/proc"))
        {
            if (!int.TryParse(Path.GetFileName(directory), out var pid))
            {
                continue;
            }

            try
            {
                var stat = File.ReadAllText(Path.Combine(directory, "stat"));
                // The command name is in parentheses and may contain spaces: parse after the last ')'.
                var close = stat.LastIndexOf(')');
                var name = stat[(stat.IndexOf('(') + 1)..close];
                var fields = stat[(close + 2)..].Split(' ');
                var command = File.ReadAllText(Path.Combine(directory, "cmdline")).Replace('\0', ' ').Trim();
                var cpuTicks = long.Parse(fields[11], CultureInfo.InvariantCulture) + long.Parse(fields[12], CultureInfo.InvariantCulture);
                entries.Add(new Entry(pid, int.Parse(fields[1], CultureInfo.InvariantCulture),
                    int.Parse(fields[3], CultureInfo.InvariantCulture), fields[19], name, command, cpuTicks));
            }
            catch (IOException)
            {
                // The process ended while we read it.
            }
            catch (UnauthorizedAccessException)
            {
            }
        }

        return entries;
    }

    /// <summary>The root, its descendants, and every process in the root's session.</summary>
    public static IReadOnlyList<Entry> StartedBy(int rootPid)
    {
        var all = Snapshot();
        var found = new Dictionary<int, Entry>();
        var queue = new Queue<int>([rootPid]);
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

        foreach (var entry in all.Where(e => e.SessionId == rootPid))
        {
            found.TryAdd(entry.Pid, entry);
        }

        return [.. found.Values];
    }

    /// <summary>Those of <paramref name="entries"/> still running (same pid and start time).</summary>
    public static IReadOnlyList<Entry> StillRunning(IEnumerable<Entry> entries)
    {
        var now = Snapshot().ToDictionary(e => e.Pid);
        return [.. entries.Where(e => now.TryGetValue(e.Pid, out var current) && current.StartTicks == e.StartTicks
            && !IsZombie(e.Pid))];
    }

    private static bool IsZombie(int pid)
    {
        try
        {
            var stat = File.ReadAllText($"/proc/{pid}/stat");
            return stat[(stat.LastIndexOf(')') + 2)..].StartsWith('Z');
        }
        catch (IOException)
        {
            return true;
        }
    }
}
