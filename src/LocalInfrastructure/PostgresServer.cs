using System.Text.RegularExpressions;
using LocalInfrastructure.Processes;
using Npgsql;

namespace LocalInfrastructure;

/// <summary>
/// A PostgreSQL server run as our own foreground child (not pg_ctl's daemon, so we own the pid).
/// Auth: scram-sha-256 password on 127.0.0.1 only; no Unix socket, so nothing else can reach it.
/// </summary>
public sealed partial class PostgresServer : IAsyncDisposable
{
    private readonly ChildProcess process;

    private PostgresServer(PostgresServerOptions options, int port, ChildProcess process)
    {
        Options = options;
        Port = port;
        this.process = process;
    }

    public PostgresServerOptions Options { get; }

    public int Port { get; }

    /// <summary>The postmaster's pid.</summary>
    public int ProcessId => process.Id;

    /// <summary>Completes when the server process ends (a crash, or after dispose).</summary>
    public Task<int> Exited => process.Exited;

    public static async Task<PostgresServer> StartAsync(PostgresServerOptions options, Action<string>? log = null, CancellationToken ct = default)
    {
        await ServerPackages.EnsureInstalledAsync(log, ct).ConfigureAwait(false);
        var bin = ServerPackages.PostgresBinDirectory!;
        var port = FreePort.Resolve(options.Port, "PostgreSQL", options.PortSetting);
        var data = Path.GetFullPath(options.DataDirectory);
        await ServerUser.GiveAsync("postgres", data, ct).ConfigureAwait(false);
        if (!File.Exists(Path.Combine(data, "PG_VERSION"))) await InitDbAsync(bin, data, options, log, ct).ConfigureAwait(false);

        string[] settings =
        [
            "listen_addresses=127.0.0.1", "unix_socket_directories=", $"max_connections={options.MaxConnections}",
            .. options.Durable ? Array.Empty<string>() : ["fsync=off", "synchronous_commit=off", "full_page_writes=off"],
        ];
        var command = ServerUser.Wrap("postgres", [Path.Combine(bin, "postgres"), "-D", data, "-p", port.ToString(), .. settings.SelectMany(s => new[] { "-c", s })]);
        var child = ChildProcess.Start(new ChildProcessStartInfo { Command = command, Output = log, Environment = new Dictionary<string, string?> { ["LC_ALL"] = "C.UTF-8" } });
        var server = new PostgresServer(options, port, child);
        try
        {
            await Readiness.WaitAsync($"PostgreSQL on port {port}", server.AnswersAsync, child.Exited, options.StartTimeout, ct).ConfigureAwait(false);
        }
        catch
        {
            await server.DisposeAsync().ConfigureAwait(false);
            throw;
        }
        return server;
    }

    public string GetConnectionString(string database = "postgres") => new NpgsqlConnectionStringBuilder
    {
        Host = "127.0.0.1", Port = Port, Username = Options.Username, Password = Options.Password, Database = database,
    }.ConnectionString;

    public async Task EnsureDatabaseAsync(string name, CancellationToken ct = default)
    {
        ValidateName(name);
        await using var connection = await OpenAdminAsync(ct).ConfigureAwait(false);
        await using var exists = new NpgsqlCommand("SELECT 1 FROM pg_database WHERE datname = $1", connection) { Parameters = { new() { Value = name } } };
        if (await exists.ExecuteScalarAsync(ct).ConfigureAwait(false) is not null) return;
        try
        {
            await using var create = new NpgsqlCommand($"CREATE DATABASE \"{name}\"", connection);
            await create.ExecuteNonQueryAsync(ct).ConfigureAwait(false);
        }
        catch (PostgresException e) when (e.SqlState is PostgresErrorCodes.DuplicateDatabase or PostgresErrorCodes.UniqueViolation)
        {
            // Created concurrently by someone else: that is what we wanted.
        }
    }

    public async Task DropDatabaseAsync(string name, CancellationToken ct = default)
    {
        ValidateName(name);
        await using var connection = await OpenAdminAsync(ct).ConfigureAwait(false);
        await using var drop = new NpgsqlCommand($"DROP DATABASE IF EXISTS \"{name}\" WITH (FORCE)", connection);
        await drop.ExecuteNonQueryAsync(ct).ConfigureAwait(false);
    }

    /// <summary>Fast shutdown (SIGINT: abort sessions, checkpoint), then the whole group is killed.</summary>
    public async ValueTask DisposeAsync()
    {
        NpgsqlConnection.ClearAllPools();
        await process.StopAsync(Native.SigInt, Options.StopTimeout).ConfigureAwait(false);
    }

    private async Task<bool> AnswersAsync(CancellationToken ct)
    {
        await using var connection = await OpenAdminAsync(ct).ConfigureAwait(false);
        return true;
    }

    private async Task<NpgsqlConnection> OpenAdminAsync(CancellationToken ct)
    {
        // No pooling: admin connections must not keep a database busy or outlive the server.
        var connection = new NpgsqlConnection(GetConnectionString() + ";Pooling=false;Timeout=5");
        await connection.OpenAsync(ct).ConfigureAwait(false);
        return connection;
    }

    private static async Task InitDbAsync(string bin, string data, PostgresServerOptions options, Action<string>? log, CancellationToken ct)
    {
        var pwfile = Path.Combine(data, "..", $".pwfile-{Guid.NewGuid():N}");
        await File.WriteAllTextAsync(pwfile, options.Password, ct).ConfigureAwait(false);
        try
        {
            await ServerUser.GiveAsync("postgres", pwfile, ct).ConfigureAwait(false);
            await Shell.RunAsync(
                ServerUser.Wrap("postgres", Path.Combine(bin, "initdb"), "-D", data, "-U", options.Username, $"--pwfile={pwfile}",
                    "--auth=scram-sha-256", "--encoding=UTF8", "--locale=C.UTF-8", "--no-sync"), ct, log: log).ConfigureAwait(false);
        }
        finally
        {
            File.Delete(pwfile);
        }
    }

    private static void ValidateName(string name)
    {
        if (!DatabaseName().IsMatch(name))
            throw new ArgumentException($"'{name}' is not a valid database name (letters, digits, '_' and '-', at most 63).", nameof(name));
    }

    [GeneratedRegex("^[A-Za-z_][A-Za-z0-9_-]{0,62}$")]
    private static partial Regex DatabaseName();
}
