using System.Diagnostics;

namespace LocalInfrastructure.Processes;

/// <summary>
/// A tiny shell loop per child: if our process disappears without disposing (SIGKILL, crash,
/// killed test host) it terminates the child's process group, so no server is left orphaned.
/// It runs in its own session so our own group signals do not hit it.
/// </summary>
internal static class Watchdog
{
    private const string Script =
        "while kill -0 \"$1\" 2>/dev/null && kill -0 \"$2\" 2>/dev/null; do sleep 1; done; " +
        "kill -0 \"$2\" 2>/dev/null || exit 0; " +
        "kill -TERM \"-$2\" 2>/dev/null; sleep 10; kill -KILL \"-$2\" 2>/dev/null";

    public static Process Start(int ownerPid, int childGroup)
    {
        var psi = new ProcessStartInfo("setsid")
        {
            UseShellExecute = false,
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        foreach (var arg in new[] { "sh", "-c", Script, "watchdog", ownerPid.ToString(), childGroup.ToString() })
            psi.ArgumentList.Add(arg);
        var process = Process.Start(psi)!;
        process.StandardInput.Close();
        return process;
    }
}
