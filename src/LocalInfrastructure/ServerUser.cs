using LocalInfrastructure.Processes;

namespace LocalInfrastructure;

/// <summary>
/// PostgreSQL refuses to run as root and Debian's RabbitMQ expects its own user: as root we hand
/// the folders to that user and run the server through setpriv; as anyone else we run it directly.
/// </summary>
internal static class ServerUser
{
    public static IReadOnlyList<string> Wrap(string user, params string[] command) =>
        Native.IsRoot
            ? ["setpriv", $"--reuid={user}", $"--regid={user}", "--init-groups", .. command]
            : command;

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
