using System.Runtime.InteropServices;

namespace LocalInfrastructure.Processes;

/// <summary>The two POSIX calls .NET does not expose: signalling a process group and asking who we are.</summary>
public static class Native
{
    public const int SigInt = 2;
    public const int SigKill = 9;
    public const int SigTerm = 15;

    [DllImport("libc", EntryPoint = "kill", SetLastError = true)]
    private static extern int Kill(int pid, int signal);

    [DllImport("libc", EntryPoint = "geteuid")]
    private static extern uint GetEffectiveUserId();

    public static bool IsRoot => GetEffectiveUserId() == 0;

    /// <summary>Signals one process; a negative pid signals the whole process group.</summary>
    public static bool Signal(int pid, int signal) => Kill(pid, signal) == 0;

    public static bool IsAlive(int pid) => Kill(pid, 0) == 0;
}
