using System.Security.Cryptography;
using System.Text;

namespace LocalInfrastructure;

/// <summary>
/// Files and environment of one broker instance. Everything Debian would take from /etc or
/// /var/lib is redirected into the data folder, so instances never share state with each other
/// or with a system broker.
/// </summary>
internal sealed record RabbitMqLayout(RabbitMqServerOptions Options, int AmqpPort, int ManagementPort, int DistPort, int EpmdPort)
{
    public string Root { get; } = Path.GetFullPath(Options.DataDirectory);

    /// <summary>Stable per data folder (mnesia lives under the node name), unique per folder.</summary>
    public string NodeName => $"rabbit-{Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(Root)))[..10]}@localhost";

    public string ConfigFile => Path.Combine(Root, "rabbitmq.conf");

    public void WriteFiles()
    {
        foreach (var dir in new[] { "mnesia", "log", "home" }) Directory.CreateDirectory(Path.Combine(Root, dir));
        var management = Options.EnableManagementPlugin
            ? $"management.tcp.ip = 127.0.0.1\nmanagement.tcp.port = {ManagementPort}\n"
            : "";
        File.WriteAllText(ConfigFile,
            $"""
            listeners.tcp.default = 127.0.0.1:{AmqpPort}
            default_user = {Options.Username}
            default_pass = {Options.Password}
            loopback_users = none
            log.console = true
            log.console.level = info
            log.file.level = info

            """ + management);
        File.WriteAllText(Path.Combine(Root, "enabled_plugins"), Options.EnableManagementPlugin ? "[rabbitmq_management].\n" : "[].\n");
        File.WriteAllText(Path.Combine(Root, "rabbitmq-env.conf"), "");
    }

    public Dictionary<string, string?> Environment() => new()
    {
        ["RABBITMQ_NODENAME"] = NodeName,
        ["RABBITMQ_NODE_IP_ADDRESS"] = "127.0.0.1",
        ["RABBITMQ_NODE_PORT"] = AmqpPort.ToString(),
        ["RABBITMQ_DIST_PORT"] = DistPort.ToString(),
        ["RABBITMQ_MNESIA_BASE"] = Path.Combine(Root, "mnesia"),
        ["RABBITMQ_LOG_BASE"] = Path.Combine(Root, "log"),
        ["RABBITMQ_CONFIG_FILE"] = ConfigFile,
        ["RABBITMQ_ADVANCED_CONFIG_FILE"] = Path.Combine(Root, "advanced.config"),
        ["RABBITMQ_CONF_ENV_FILE"] = Path.Combine(Root, "rabbitmq-env.conf"),
        ["RABBITMQ_ENABLED_PLUGINS_FILE"] = Path.Combine(Root, "enabled_plugins"),
        ["HOME"] = Path.Combine(Root, "home"),
        ["ERL_EPMD_PORT"] = EpmdPort.ToString(),
        ["ERL_EPMD_ADDRESS"] = "127.0.0.1",
        // Makes the script exec the VM instead of supervising it from a shell: our child is
        // beam.smp itself, which stops cleanly on SIGTERM.
        ["RUNNING_UNDER_SYSTEMD"] = "true",
        ["LC_ALL"] = "C.UTF-8",
    };
}
