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
        await Shell.RunAsync(["chown", "-R", $"{user}:{user}", directory], ct).ConfigureAwait(false);
    }
}
