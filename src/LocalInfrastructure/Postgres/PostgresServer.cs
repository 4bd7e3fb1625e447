using LocalInfrastructure.Processes;
using Npgsql;

namespace LocalInfrastructure;

/// <summary>
/// A <see cref="PostgresCluster"/> run as our own child process, for tests and benchmarks (the
/// AppHost has DCP run the same command instead).
/// </summary>
public sealed class PostgresServer : IAsyncDisposable
{
    private readonly ChildProcess process;

    private PostgresServer(PostgresServerOptions options, PostgresCluster cluster, int port, ChildProcess process)
    {
        Options = options;
        Cluster = cluster;
        Port = port;
        this.process = process;
    }

    public PostgresServerOptions Options { get; }

    public PostgresCluster Cluster { get; }

    public int Port { get; }

    /// <summary>The postmaster's pid.</summary>
    public int ProcessId => process.Id;

    /// <summary>Completes when the server process ends (a crash, or after dispose).</summary>
    public Task<int> Exited => process.Exited;

    public static async Task<PostgresServer> StartAsync(PostgresServerOptions options, Action<string>? log = null, CancellationToken ct = default)
    {
        var cluster = new PostgresCluster(options.DataDirectory, options.Username);
        var port = FreePort.Resolve(options.Port, "PostgreSQL", options.PortSetting);
        await cluster.PrepareAsync(options.Password, log, ct).ConfigureAwait(false);
        var child = ChildProcess.Start(cluster.ServerCommand(port, options.MaxConnections, options.Durable), log);
        var server = new PostgresServer(options, cluster, port, child);
        try
        {
            await Readiness.WaitAsync($"PostgreSQL on port {port}", c => PostgresCluster.AnswersAsync(server.GetConnectionString(), c),
                child.Exited, options.StartTimeout, ct).ConfigureAwait(false);
        }
        catch
        {
            await server.DisposeAsync().ConfigureAwait(false);
            throw;
        }
        return server;
    }

    public string GetConnectionString(string database = "postgres") => Cluster.ConnectionString(Port, Options.Password, database);

    public Task EnsureDatabaseAsync(string name, CancellationToken ct = default) =>
        PostgresCluster.EnsureDatabaseAsync(GetConnectionString(), name, ct);

    public Task DropDatabaseAsync(string name, CancellationToken ct = default) =>
        PostgresCluster.DropDatabaseAsync(GetConnectionString(), name, ct);

    /// <summary>Fast shutdown (SIGINT: abort sessions, checkpoint), then the whole group is killed.</summary>
    public async ValueTask DisposeAsync()
    {
        NpgsqlConnection.ClearAllPools();
        await process.StopAsync(Native.SigInt, Options.StopTimeout).ConfigureAwait(false);
    }
}
