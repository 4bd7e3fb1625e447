using LocalInfrastructure.Processes;

namespace LocalInfrastructure;

/// <summary>
/// Finds Debian's PostgreSQL and RabbitMQ binaries and installs the packages when they are
/// missing (as root), because nothing installed by hand survives into CI or the next session.
/// </summary>
public static class ServerPackages
{
    public const string InstallHint = "PostgreSQL and RabbitMQ are not installed: run 'sudo apt-get install -y postgresql rabbitmq-server'.";
    private const string LockFile = "/tmp/integration-aspire-install.lock";

    /// <summary>Newest /usr/lib/postgresql/&lt;version&gt;/bin (Debian keeps initdb off the PATH).</summary>
    public static string? PostgresBinDirectory =>
        Directory.Exists("/usr/lib/postgresql")
            ? Directory.GetDirectories("/usr/lib/postgresql")
                .Where(d => File.Exists(Path.Combine(d, "bin", "initdb")))
                .OrderByDescending(d => int.TryParse(Path.GetFileName(d), out var v) ? v : 0)
                .Select(d => Path.Combine(d, "bin"))
                .FirstOrDefault()
            : null;

    /// <summary>The real script in Debian's library folder, not the /usr/sbin wrapper that su's.</summary>
    public const string RabbitMqServerScript = "/usr/lib/rabbitmq/bin/rabbitmq-server";

    /// <summary>
    /// The PostgreSQL binaries, or where Debian 12's package puts them while it is not installed
    /// yet: a command line can be written down before the first start installs the packages (an
    /// application model, a manifest); starting the server installs them first.
    /// </summary>
    public static string PostgresBin => PostgresBinDirectory ?? "/usr/lib/postgresql/15/bin";

    public static async Task EnsureInstalledAsync(Action<string>? log, CancellationToken ct)
    {
        if (IsInstalled) return;
        if (!Native.IsRoot || !File.Exists("/usr/bin/apt-get")) throw new ServerNotInstalledException(InstallHint);

        using var installLock = await AcquireLockAsync(log, ct).ConfigureAwait(false);
        if (IsInstalled) return; // another process installed them while we waited

        log?.Invoke("Installing postgresql and rabbitmq-server with apt-get (one-time, ~30 s)...");
        var before = Stray.Snapshot();
        var env = new Dictionary<string, string> { ["DEBIAN_FRONTEND"] = "noninteractive" };
        await Shell.RunAsync(["apt-get", "update"], ct, env).ConfigureAwait(false);
        await Shell.RunAsync(
            ["apt-get", "install", "-y", "--no-install-recommends", "postgresql", "rabbitmq-server"], ct, env).ConfigureAwait(false);
        // A postinst may start Debian's default cluster, broker or epmd; we never use those.
        foreach (var stray in await Stray.StopNewDaemonsAsync(before).ConfigureAwait(false))
            log?.Invoke($"Stopped '{stray}' that the package installation started.");
        if (!IsInstalled) throw new ServerNotInstalledException(InstallHint);
        log?.Invoke("Installed postgresql and rabbitmq-server.");
    }

    public static bool IsInstalled => PostgresBinDirectory is not null && File.Exists(RabbitMqServerScript);

    /// <summary>A cross-process lock (flock via FileShare.None) so parallel test runs do not collide on dpkg.</summary>
    private static async Task<FileStream> AcquireLockAsync(Action<string>? log, CancellationToken ct)
    {
        var waited = false;
        while (true)
        {
            try
            {
                return new FileStream(LockFile, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None);
            }
            catch (IOException)
            {
                if (!waited) log?.Invoke($"Waiting for another installation ({LockFile})...");
                waited = true;
                await Task.Delay(500, ct).ConfigureAwait(false);
            }
        }
    }
}

public sealed class ServerNotInstalledException(string message) : Exception(message);
