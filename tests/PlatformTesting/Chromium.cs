using LocalInfrastructure;

namespace PlatformTesting;

/// <summary>Debian's Chromium for browser tests (Playwright cannot download its own browsers here).</summary>
public static class Chromium
{
    public const string ExecutablePath = "/usr/bin/chromium";

    /// <summary>
    /// Flags for a headless run on a machine without a display or an open network: no sandbox (we
    /// run as root), no GPU, and none of the background connections Chromium would otherwise keep
    /// trying to make.
    /// </summary>
    public static readonly string[] Arguments =
        ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"];

    public static Task EnsureInstalledAsync(CancellationToken cancellationToken = default) =>
        DebianPackages.EnsureAsync(["chromium"], () => File.Exists(ExecutablePath),
            "Chromium is not installed: run 'sudo apt-get install -y chromium'.", null, cancellationToken);
}
