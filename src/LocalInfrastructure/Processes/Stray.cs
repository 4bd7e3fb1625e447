namespace LocalInfrastructure.Processes;

/// <summary>
/// Finds server daemons a package installation started (new since a snapshot and reparented to
/// init, i.e. daemonised: ours are always children of a live process) and stops them.
/// </summary>
internal static class Stray
{
    private static readonly HashSet<string> ServerNames = ["postgres", "beam.smp", "epmd", "erl_child_setup", "inet_gethost"];

    public static HashSet<int> Snapshot() => Processes().Select(p => p.Pid).ToHashSet();

    public static async Task<IReadOnlyList<string>> StopNewDaemonsAsync(HashSet<int> before)
    {
        var strays = Processes().Where(p => !before.Contains(p.Pid) && p.ParentPid == 1 && ServerNames.Contains(p.Name)).ToList();
        foreach (var p in strays) Native.Signal(p.Pid, Native.SigTerm);
        for (var i = 0; i < 50 && strays.Any(p => Native.IsAlive(p.Pid)); i++) await Task.Delay(200).ConfigureAwait(false);
        foreach (var p in strays) Native.Signal(p.Pid, Native.SigKill);
        return strays.Select(p => $"{p.Name} ({p.Pid})").ToList();
    }

    private static IEnumerable<(int Pid, int ParentPid, string Name)> Processes()
    {
        foreach (var dir in Directory.EnumerateDirectories("/proc"))
        {
            if (!int.TryParse(Path.GetFileName(dir), out var pid)) continue;
            string stat;
            try { stat = File.ReadAllText(Path.Combine(dir, "stat")); } catch (IOException) { continue; } catch (UnauthorizedAccessException) { continue; }
            // stat: "pid (comm) state ppid ..."; comm may contain spaces, so split around the parentheses.
            var open = stat.IndexOf('(');
            var close = stat.LastIndexOf(')');
            if (open < 0 || close < 0) continue;
            var rest = stat[(close + 2)..].Split(' ');
            yield return (pid, int.Parse(rest[1]), stat[(open + 1)..close]);
        }
    }
}
