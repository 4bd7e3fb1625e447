using LocalInfrastructure.Processes;

namespace LocalInfrastructure;

/// <summary>
/// A RabbitMQ broker run as our child, with its own epmd (also our child, so none outlives us),
/// node name, ports and folders.
/// </summary>
public sealed class RabbitMqServer : IAsyncDisposable
{
    private readonly RabbitMqLayout layout;
    private readonly ChildProcess epmd;
    private readonly Action<string>? log;
    private readonly RabbitMqManagementApi management;
    private ChildProcess? broker;

    private RabbitMqServer(RabbitMqLayout layout, ChildProcess epmd, Action<string>? log)
    {
        this.layout = layout;
        this.epmd = epmd;
        this.log = log;
        management = new RabbitMqManagementApi(layout.ManagementPort, layout.Options.Username, layout.Options.Password);
    }

    public RabbitMqServerOptions Options => layout.Options;

    public int AmqpPort => layout.AmqpPort;

    public int ManagementPort => layout.ManagementPort;

    public int EpmdPort => layout.EpmdPort;

    /// <summary>The broker's pid (beam.smp), or 0 while stopped.</summary>
    public int ProcessId => broker?.Id ?? 0;

    public int EpmdProcessId => epmd.Id;

    /// <summary>Completes when the current broker process ends (a crash, a stop, or dispose).</summary>
    public Task<int> Exited => broker?.Exited ?? Task.FromResult(0);

    public static async Task<RabbitMqServer> StartAsync(RabbitMqServerOptions options, Action<string>? log = null, CancellationToken ct = default)
    {
        await ServerPackages.EnsureInstalledAsync(log, ct).ConfigureAwait(false);
        var amqp = FreePort.Resolve(options.AmqpPort, "RabbitMQ AMQP", options.AmqpPortSetting);
        var managementPort = options.EnableManagementPlugin
            ? FreePort.Resolve(options.ManagementPort, "RabbitMQ management", options.ManagementPortSetting)
            : 0;
        var layout = new RabbitMqLayout(options, amqp, managementPort, FreePort.Next(), FreePort.Next());
        layout.WriteFiles();
        await ServerUser.GiveAsync("rabbitmq", layout.Root, ct).ConfigureAwait(false);

        var epmd = ChildProcess.Start(new ChildProcessStartInfo
        {
            Command = ["epmd", "-port", layout.EpmdPort.ToString()],
            Environment = new Dictionary<string, string?> { ["ERL_EPMD_ADDRESS"] = "127.0.0.1" },
            Output = log,
        });
        var server = new RabbitMqServer(layout, epmd, log);
        try
        {
            await Readiness.WaitAsync($"epmd on port {layout.EpmdPort}", c => Readiness.TcpAcceptsAsync(layout.EpmdPort, c), epmd.Exited, TimeSpan.FromSeconds(10), ct).ConfigureAwait(false);
            await server.RestartAsync(ct).ConfigureAwait(false);
        }
        catch
        {
            await server.DisposeAsync().ConfigureAwait(false);
            throw;
        }
        return server;
    }

    public Uri GetAmqpUri(string virtualHost = "/")
    {
        var path = virtualHost == "/" ? "" : Uri.EscapeDataString(virtualHost);
        return new Uri($"amqp://{Uri.EscapeDataString(Options.Username)}:{Uri.EscapeDataString(Options.Password)}@127.0.0.1:{AmqpPort}/{path}");
    }

    public Task EnsureVirtualHostAsync(string name, CancellationToken ct = default) => management.EnsureVirtualHostAsync(name, ct);

    public Task DeleteVirtualHostAsync(string name, CancellationToken ct = default) => management.DeleteVirtualHostAsync(name, ct);

    /// <summary>Stops the broker (SIGTERM, ~6 s) but keeps epmd, ports and data: simulates an outage.</summary>
    public async Task StopAsync(CancellationToken ct = default)
    {
        if (broker is null) return;
        await broker.StopAsync(Native.SigTerm, Options.StopTimeout).ConfigureAwait(false);
    }

    /// <summary>Starts the broker again on the same ports and data (also used for the first start).</summary>
    public async Task RestartAsync(CancellationToken ct = default)
    {
        if (broker is { HasExited: false }) throw new InvalidOperationException("The broker is running; stop it first.");
        var script = ServerPackages.RabbitMqServerScript!;
        broker = ChildProcess.Start(new ChildProcessStartInfo
        {
            Command = ServerUser.Wrap("rabbitmq", script),
            Environment = layout.Environment(),
            WorkingDirectory = layout.Root,
            Output = log,
        });
        var current = broker;
        await Readiness.WaitAsync($"RabbitMQ on port {AmqpPort}", ProbeAsync, current.Exited, Options.StartTimeout, ct).ConfigureAwait(false);
    }

    /// <summary>Stops the broker, then the epmd it used.</summary>
    public async ValueTask DisposeAsync()
    {
        await StopAsync().ConfigureAwait(false);
        await epmd.StopAsync(Native.SigTerm, TimeSpan.FromSeconds(3)).ConfigureAwait(false);
        management.Dispose();
    }

    private async Task<bool> ProbeAsync(CancellationToken ct) =>
        await Readiness.TcpAcceptsAsync(AmqpPort, ct).ConfigureAwait(false)
        && (!Options.EnableManagementPlugin || await management.AnswersAsync(ct).ConfigureAwait(false));
}
