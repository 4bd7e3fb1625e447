namespace LocalInfrastructure;

/// <summary>Debian's PostgreSQL and RabbitMQ: where their binaries are, and installing them when missing.</summary>
public static class ServerPackages
{
    public const string InstallHint = "PostgreSQL and RabbitMQ are not installed: run 'sudo apt-get install -y postgresql rabbitmq-server'.";

    /// <summary>Newest /usr/lib/postgresql/&lt;version&gt;/bin (Debian keeps initdb off the PATH).</summary>
    public static string? PostgresBinDirectory =>
        Directory.Exists("/usr/lib/postgresql")
            ? Directory.GetDirectories("/usr/lib/postgresql")
                .Where(d => File.Exists(Path.Combine(d, "bin", "initdb")))
                .OrderByDescending(d => int.TryParse(Path.GetFileName(d), out var v) ? v : 0)
                .Select(d => Path.Combine(d, "bin"))
                .FirstOrDefault()
            : null;

    /// <summary>
    /// The PostgreSQL binaries, or where Debian 12's package puts them while it is not installed
    /// yet: a command line can be written down before the first start installs the packages (an
    /// application model, a manifest); starting the server installs them first.
    /// </summary>
    public static string PostgresBin => PostgresBinDirectory ?? "/usr/lib/postgresql/15/bin";

    /// <summary>The real script in Debian's library folder, not the /usr/sbin wrapper that su's.</summary>
    public const string RabbitMqServerScript = "/usr/lib/rabbitmq/bin/rabbitmq-server";

    public static bool IsInstalled => PostgresBinDirectory is not null && File.Exists(RabbitMqServerScript);

    public static Task EnsureInstalledAsync(Action<string>? log, CancellationToken ct) =>
        DebianPackages.EnsureAsync(["postgresql", "rabbitmq-server"], () => IsInstalled, InstallHint, log, ct);
}
