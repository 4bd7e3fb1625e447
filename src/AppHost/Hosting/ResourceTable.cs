namespace AppHost.Hosting;

internal static class ResourceTable
{
    public static void Print(IReadOnlyList<ResourceRunner> runners, ConsoleLog console)
    {
        var rows = runners.Select(r => (r.Resource.Name, r.Kind, r.State, r.Url, Pid: r.Pid?.ToString() ?? "-")).ToList();
        var name = Math.Max(8, rows.Max(r => r.Name.Length));
        var kind = Math.Max(4, rows.Max(r => r.Kind.Length));
        var state = Math.Max(5, rows.Max(r => r.State.Length));
        var pid = Math.Max(3, rows.Max(r => r.Pid.Length));
        string Row(string a, string b, string c, string d, string e) =>
            $"  {a.PadRight(name)}  {b.PadRight(kind)}  {c.PadRight(state)}  {e.PadLeft(pid)}  {d}";

        console.Plain("");
        console.Plain(Row("RESOURCE", "TYPE", "STATE", "URL", "PID"));
        foreach (var r in rows) console.Plain(Row(r.Name, r.Kind, r.State, r.Url, r.Pid));
        console.Plain("");
    }
}
