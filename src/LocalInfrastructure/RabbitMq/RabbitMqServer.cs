using LocalInfrastructure.Processes;

namespace LocalInfrastructure;

/// <summary>
/// A <see cref="RabbitMqNode"/> run as our own child processes, for tests and benchmarks: epmd
/// first, then the broker, both stopped by dispose (the AppHost has DCP run the same commands).
/// </summary>
public sealed class RabbitMqServer : IAsyncDisposable
{
    private readonly RabbitMqNode node;
    private readonly ChildProcess epmd;
    private readonly Action<string>? log;
    private readonly RabbitMqManagementApi management;
    private ChildProcess? broker;

    private RabbitMqServer(RabbitMqServerOptions options, RabbitMqNode node, ChildProcess epmd, Action<string>? log)
    {
        Options = options;
        this.node = node;
        this.epmd = epmd;
        this.log = log;
        management = node.ManagementApi(options.Password);
    }

    public RabbitMqServerOptions Options { get; }

    public int AmqpPort => node.Options.AmqpPort;

    public int ManagementPort => node.Options.ManagementPort;

    public int EpmdPort => node.Options.EpmdPort;

    /// <summary>The broker's pid (beam.smp), or 0 while stopped.</summary>
    public int ProcessId => broker?.Id ?? 0;

    public int EpmdProcessId => epmd.Id;

    /// <summary>Completes when the current broker process ends (a crash, a stop, or dispose).</summary>
    public Task<int> Exited => broker?.Exited ?? Task.FromResult(0);

    public static async Task<RabbitMqServer> StartAsync(RabbitMqServerOptions options, Action<string>? log = null, CancellationToken ct = default)
    {
        var node = new RabbitMqNode(new RabbitMqNodeOptions
        {
            DataDirectory = options.DataDirectory,
            Username = options.Username,
            AmqpPort = FreePort.Resolve(options.AmqpPort, "RabbitMQ AMQP", options.AmqpPortSetting),
            ManagementPort = options.EnableManagementPlugin
                ? FreePort.Resolve(options.ManagementPort, "RabbitMQ management", options.ManagementPortSetting)
                : 0,
            DistributionPort = FreePort.Next(),
            EpmdPort = FreePort.Next(),
        });
        await node.PrepareAsync(options.Password, log, ct).ConfigureAwait(false);

        var epmd = ChildProcess.Start(node.EpmdCommand(), log);
        var server = new RabbitMqServer(options, node, epmd, log);
        try
        {
            await Readiness.WaitAsync($"epmd on port {node.Options.EpmdPort}", c => Readiness.TcpAcceptsAsync(node.Options.EpmdPort, c),
                epmd.Exited, TimeSpan.FromSeconds(10), ct).ConfigureAwait(false);
            await server.RestartAsync(ct).ConfigureAwait(false);
        }
        catch
        {
            await server.DisposeAsync().ConfigureAwait(false);
            throw;
        }
        return server;
    }

    public Uri GetAmqpUri(string virtualHost = "/") => node.AmqpUri(Options.Password, virtualHost);

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
        broker = ChildProcess.Start(node.BrokerCommand(), log, workingDirectory: node.Root);
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
        && (ManagementPort == 0 || await management.AnswersAsync(ct).ConfigureAwait(false));
}
