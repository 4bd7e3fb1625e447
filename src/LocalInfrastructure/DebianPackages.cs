using LocalInfrastructure.Processes;

namespace LocalInfrastructure;

/// <summary>
/// Installs Debian packages a run needs when they are missing (as root, with apt-get), because
/// nothing installed by hand survives into CI or the next session; as anyone else it says in one
/// line what to install. A cross-process lock keeps parallel test runs off each other's dpkg.
/// </summary>
public static class DebianPackages
{
    private const string LockFile = "/tmp/integration-aspire-install.lock";

    public static async Task EnsureAsync(IReadOnlyList<string> packages, Func<bool> isInstalled, string installHint, Action<string>? log, CancellationToken ct)
    {
        if (isInstalled()) return;
        if (!Native.IsRoot || !File.Exists("/usr/bin/apt-get")) throw new ServerNotInstalledException(installHint);

        using var installLock = await AcquireLockAsync(log, ct).ConfigureAwait(false);
        if (isInstalled()) return; // another process installed them while we waited

        var names = string.Join(' ', packages);
        log?.Invoke($"Installing {names} with apt-get (one-time)...");
        var before = Stray.Snapshot();
        var environment = new Dictionary<string, string> { ["DEBIAN_FRONTEND"] = "noninteractive" };
        await Shell.RunAsync(["apt-get", "update"], ct, environment).ConfigureAwait(false);
        await Shell.RunAsync(["apt-get", "install", "-y", "--no-install-recommends", .. packages], ct, environment).ConfigureAwait(false);
        // A postinst may start Debian's default cluster, broker or epmd; we never use those.
        foreach (var stray in await Stray.StopNewDaemonsAsync(before).ConfigureAwait(false))
            log?.Invoke($"Stopped '{stray}' that the package installation started.");
        if (!isInstalled()) throw new ServerNotInstalledException(installHint);
        log?.Invoke($"Installed {names}.");
    }

    /// <summary>flock through FileShare.None; also waits for another install in this process.</summary>
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
