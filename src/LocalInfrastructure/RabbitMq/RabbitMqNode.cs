using System.Security.Cryptography;
using System.Text;
using System.Text.Json;

namespace LocalInfrastructure;

/// <summary>
/// One RabbitMQ node from Debian's packages, in a folder of ours: the one place that knows how to
/// install, configure and start it. Everything Debian would take from /etc or /var/lib is
/// redirected into the folder, so nodes never share state with each other or with a system
/// broker. The node runs with its own epmd (Erlang's port mapper) on a port of its own, started
/// first and stopped last by whoever runs them, so no epmd daemon outlives the broker. The
/// AppHost's messaging resource has DCP run <see cref="BrokerCommand"/> and <see cref="EpmdCommand"/>;
/// tests and benchmarks run them themselves (<see cref="RabbitMqServer"/>).
/// </summary>
public sealed class RabbitMqNode(RabbitMqNodeOptions options)
{
    public RabbitMqNodeOptions Options { get; } = options;

    public string Root { get; } = Path.GetFullPath(options.DataDirectory);

    /// <summary>Stable per data folder (mnesia lives under the node name), unique per folder.</summary>
    public string NodeName => $"rabbit-{Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(Root)))[..10]}@localhost";

    private string ConfigFile => Path.Combine(Root, "rabbitmq.conf");

    private string DefinitionsFile => Path.Combine(Root, "definitions.json");

    /// <summary>
    /// Installs the packages when missing and writes the node's files for this start, with
    /// <paramref name="password"/> as the password of its one user.
    /// </summary>
    public async Task PrepareAsync(string password, Action<string>? log, CancellationToken ct)
    {
        await ServerPackages.EnsureInstalledAsync(log, ct).ConfigureAwait(false);
        WriteFiles(password);
        await ServerUser.GiveAsync(ServerUser.RabbitMq, Root, ct).ConfigureAwait(false);
    }

    /// <summary>The broker; with RUNNING_UNDER_SYSTEMD the script execs the Erlang VM (beam.smp), which stops cleanly on SIGTERM (~6 s).</summary>
    public ServerCommand BrokerCommand() =>
        ServerUser.Command(ServerUser.RabbitMq, ServerPackages.RabbitMqServerScript, [], Environment());

    /// <summary>What <see cref="EpmdCommand"/> runs: part of the same packages, so it is installed with them.</summary>
    public static ServerCommand EpmdCommandFor(int port) =>
        new("/usr/bin/env", ["--", "epmd", "-port", Port(port)], new Dictionary<string, string> { ["ERL_EPMD_ADDRESS"] = "127.0.0.1" });

    /// <summary>The node's own epmd, bound to 127.0.0.1.</summary>
    public ServerCommand EpmdCommand() => EpmdCommandFor(Options.EpmdPort);

    public Uri AmqpUri(string password, string virtualHost = "/")
    {
        var path = virtualHost == "/" ? "" : Uri.EscapeDataString(virtualHost);
        return new Uri($"amqp://{Uri.EscapeDataString(Options.Username)}:{Uri.EscapeDataString(password)}@127.0.0.1:{Options.AmqpPort}/{path}");
    }

    public RabbitMqManagementApi ManagementApi(string password) => new(Options.ManagementPort, Options.Username, password);

    private void WriteFiles(string password)
    {
        foreach (var dir in new[] { "mnesia", "log", "home" }) Directory.CreateDirectory(Path.Combine(Root, dir));
        var management = Options.ManagementPort > 0
            ? $"management.tcp.ip = 127.0.0.1\nmanagement.tcp.port = {Options.ManagementPort}\n"
            : "";
        // The user comes from the definitions, imported on every boot: default_user/default_pass
        // would apply only to an empty node database, and a kept one may hold another password.
        File.WriteAllText(ConfigFile,
            $"""
            listeners.tcp.default = 127.0.0.1:{Options.AmqpPort}
            load_definitions = {DefinitionsFile}
            loopback_users = none
            log.console = true
            log.console.level = info
            log.file = false

            """ + management);
        File.WriteAllText(DefinitionsFile, RabbitMqDefinitions.For(Options.Username, password));
        // The shovel plugin moves failed messages from an _error queue back (tools/replay-error-queue.sh).
        File.WriteAllText(Path.Combine(Root, "enabled_plugins"), Options.ManagementPort > 0 ? "[rabbitmq_management,rabbitmq_shovel].\n" : "[].\n");
        File.WriteAllText(Path.Combine(Root, "rabbitmq-env.conf"), "");
    }

    private Dictionary<string, string> Environment() => new()
    {
        ["RABBITMQ_NODENAME"] = NodeName,
        ["RABBITMQ_NODE_IP_ADDRESS"] = "127.0.0.1",
        ["RABBITMQ_NODE_PORT"] = Port(Options.AmqpPort),
        ["RABBITMQ_DIST_PORT"] = Port(Options.DistributionPort),
        ["RABBITMQ_MNESIA_BASE"] = Path.Combine(Root, "mnesia"),
        ["RABBITMQ_LOG_BASE"] = Path.Combine(Root, "log"),
        ["RABBITMQ_CONFIG_FILE"] = ConfigFile,
        ["RABBITMQ_ADVANCED_CONFIG_FILE"] = Path.Combine(Root, "advanced.config"),
        ["RABBITMQ_CONF_ENV_FILE"] = Path.Combine(Root, "rabbitmq-env.conf"),
        ["RABBITMQ_ENABLED_PLUGINS_FILE"] = Path.Combine(Root, "enabled_plugins"),
        ["HOME"] = Path.Combine(Root, "home"),
        ["ERL_EPMD_PORT"] = Port(Options.EpmdPort),
        ["ERL_EPMD_ADDRESS"] = "127.0.0.1",
        // Makes the script exec the VM instead of supervising it from a shell: the process that
        // is watched is beam.smp itself.
        ["RUNNING_UNDER_SYSTEMD"] = "true",
        ["LC_ALL"] = "C.UTF-8",
        // Otherwise the distribution port listens on every interface.
        ["RABBITMQ_SERVER_ADDITIONAL_ERL_ARGS"] = "-kernel inet_dist_use_interface {127,0,0,1}",
    };

    private static string Port(int port) => port.ToString(System.Globalization.CultureInfo.InvariantCulture);
}

public sealed record RabbitMqNodeOptions
{
    /// <summary>Holds mnesia, logs, config and the Erlang cookie; reused across starts.</summary>
    public required string DataDirectory { get; init; }

    public required int AmqpPort { get; init; }

    /// <summary>0 leaves the management plugin off (virtual hosts then cannot be managed).</summary>
    public int ManagementPort { get; init; }

    public required int DistributionPort { get; init; }

    public required int EpmdPort { get; init; }

    public string Username { get; init; } = "guest";
}

/// <summary>
/// The definitions file the node imports at boot: its one user (administrator, all permissions on
/// "/"), with the password as RabbitMQ stores it, so the password itself is written nowhere.
/// </summary>
internal static class RabbitMqDefinitions
{
    public static string For(string username, string password) => JsonSerializer.Serialize(new
    {
        users = new[] { new { name = username, password_hash = Hash(password), hashing_algorithm = "rabbit_password_hashing_sha256", tags = new[] { "administrator" } } },
        vhosts = new[] { new { name = "/" } },
        permissions = new[] { new { user = username, vhost = "/", configure = ".*", write = ".*", read = ".*" } },
    });

    /// <summary>RabbitMQ's scheme: base64(salt ‖ SHA-256(salt ‖ UTF-8 password)) with a 4-byte random salt.</summary>
    public static string Hash(string password)
    {
        var salt = RandomNumberGenerator.GetBytes(4);
        var hash = SHA256.HashData([.. salt, .. Encoding.UTF8.GetBytes(password)]);
        return Convert.ToBase64String([.. salt, .. hash]);
    }
}
