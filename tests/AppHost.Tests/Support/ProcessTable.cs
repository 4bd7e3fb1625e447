namespace AppHost.Tests.Support;

/// <summary>A snapshot of /proc: enough to find what a process started and whether it is gone.</summary>
internal sealed record ProcessInfo(int Pid, int ParentPid, string Name, char State, string CommandLine);

internal static class ProcessTable
{
    public static IReadOnlyList<ProcessInfo> Snapshot()
    {
        var list = new List<ProcessInfo>();
        foreach (var dir in Directory.EnumerateDirectories("/proc"))
        {
            if (!int.TryParse(Path.GetFileName(dir), out var pid)) continue;
            if (Read(pid) is { } info) list.Add(info);
        }
        return list;
    }

    /// <summary>Running means present and not a zombie (a zombie is already dead, only not reaped).</summary>
    public static bool IsRunning(int pid) => Read(pid) is { State: not 'Z' and not 'X' };

    public static IReadOnlyList<ProcessInfo> Descendants(int pid)
    {
        var all = Snapshot();
        var result = new List<ProcessInfo>();
        var frontier = new Queue<int>([pid]);
        while (frontier.TryDequeue(out var parent))
        {
            foreach (var child in all.Where(p => p.ParentPid == parent))
            {
                result.Add(child);
                frontier.Enqueue(child.Pid);
            }
        }
        return result;
    }

    private static ProcessInfo? Read(int pid)
    {
        try
        {
            var stat = File.ReadAllText($"/proc/{pid}/stat");
            var open = stat.IndexOf('(');
            var close = stat.LastIndexOf(')');
            var rest = stat[(close + 2)..].Split(' ');
            var commandLine = File.ReadAllText($"/proc/{pid}/cmdline").Replace('\0', ' ').Trim();
            return new ProcessInfo(pid, int.Parse(rest[1]), stat[(open + 1)..close], rest[0][0], commandLine);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return null;
        }
    }
}
