using LocalInfrastructure.Processes;

namespace LocalInfrastructure;

/// <summary>
/// PostgreSQL refuses to run as root and Debian's RabbitMQ expects its own user: as root we hand
/// the folders to that user and run the server through setpriv (which execs, so whoever started
/// it watches the server itself); as anyone else we run it directly.
/// </summary>
public static class ServerUser
{
    public const string Postgres = "postgres";
    public const string RabbitMq = "rabbitmq";

    /// <summary>
    /// The command that runs <paramref name="executable"/> as <paramref name="user"/>. Its file
    /// name does not depend on the packages being installed yet (setpriv, or env), so an
    /// application model can name it before the first start installs them.
    /// </summary>
    /// <summary>What every server command starts with: setpriv as root, env otherwise.</summary>
    public static string Launcher => Native.IsRoot ? "/usr/bin/setpriv" : "/usr/bin/env";

    public static ServerCommand Command(string user, string executable, IEnumerable<string> arguments, IReadOnlyDictionary<string, string>? environment = null) =>
        Native.IsRoot
            ? new ServerCommand(Launcher, [$"--reuid={user}", $"--regid={user}", "--init-groups", "--", executable, .. arguments], environment ?? new Dictionary<string, string>())
            : new ServerCommand(Launcher, ["--", executable, .. arguments], environment ?? new Dictionary<string, string>());

    public static async Task GiveAsync(string user, string directory /* or file */, CancellationToken ct)
    {
        if (!File.Exists(directory)) Directory.CreateDirectory(directory);
        if (!Native.IsRoot) return;
        EnsureReachable(user, directory);
        await Shell.RunAsync(["chown", "-R", $"{user}:{user}", directory], ct).ConfigureAwait(false);
    }

    /// <summary>
    /// The server user must be able to pass through every folder above its data (a data folder
    /// under /root or a private temp folder is not). Say so plainly instead of letting initdb
    /// fail with "Permission denied" on a file it cannot reach.
    /// </summary>
    private static void EnsureReachable(string user, string path)
    {
        for (var folder = Path.GetDirectoryName(Path.GetFullPath(path)); !string.IsNullOrEmpty(folder); folder = Path.GetDirectoryName(folder))
        {
            if (!OperatingSystem.IsWindows() && Directory.Exists(folder) && (File.GetUnixFileMode(folder) & UnixFileMode.OtherExecute) == 0)
            {
                throw new InvalidOperationException(
                    $"The '{user}' user cannot reach {path}: {folder} is closed to other users. " +
                    $"Choose a data folder outside it (AppHost:DataDirectory) or open it with 'chmod o+x {folder}'.");
            }
        }
    }
}
