using System.Text.RegularExpressions;
using Npgsql;

namespace LocalInfrastructure;

/// <summary>
/// A PostgreSQL cluster in a folder of ours, from Debian's packages: the one place that knows how
/// to install, initialise and start it. <see cref="PrepareAsync"/> installs the packages when
/// missing, runs initdb on first use and brings the superuser to the current password on every
/// start (a kept folder may have been made with another one); <see cref="ServerCommand"/> is the
/// server's command line. The AppHost's postgres resource has DCP run that command; tests and
/// benchmarks run it themselves (<see cref="PostgresServer"/>).
/// Auth is scram-sha-256 on 127.0.0.1 only, with no Unix socket, so nothing else can reach it.
/// </summary>
public sealed partial class PostgresCluster(string dataDirectory, string username = "postgres")
{
    public string DataDirectory { get; } = Path.GetFullPath(dataDirectory);

    public string Username { get; } = ValidateName(username);

    public bool IsInitialised => File.Exists(Path.Combine(DataDirectory, "PG_VERSION"));

    public async Task PrepareAsync(string password, Action<string>? log, CancellationToken ct)
    {
        await ServerPackages.EnsureInstalledAsync(log, ct).ConfigureAwait(false);
        await ServerUser.GiveAsync(ServerUser.Postgres, DataDirectory, ct).ConfigureAwait(false);
        if (IsInitialised)
        {
            await SetPasswordAsync(password, ct).ConfigureAwait(false);
        }
        else
        {
            await InitDbAsync(password, log, ct).ConfigureAwait(false);
        }
    }

    /// <summary>The server in the foreground (not pg_ctl's daemon), so whoever starts it owns its pid.</summary>
    /// <param name="durable">false turns fsync and synchronous commit off: much faster, for throwaway test clusters.</param>
    public ServerCommand ServerCommand(int port, int maxConnections = 300, bool durable = true)
    {
        string[] settings =
        [
            "listen_addresses=127.0.0.1", "unix_socket_directories=", $"max_connections={maxConnections}",
            .. durable ? Array.Empty<string>() : ["fsync=off", "synchronous_commit=off", "full_page_writes=off"],
        ];
        return ServerUser.Command(ServerUser.Postgres, Binary("postgres"),
            ["-D", DataDirectory, "-p", port.ToString(System.Globalization.CultureInfo.InvariantCulture), .. settings.SelectMany(s => new[] { "-c", s })],
            Environment);
    }

    public string ConnectionString(int port, string password, string database = "postgres") => new NpgsqlConnectionStringBuilder
    {
        Host = "127.0.0.1", Port = port, Username = Username, Password = password, Database = database,
    }.ConnectionString;

    /// <summary>Creates <paramref name="name"/> unless it exists; safe to call concurrently.</summary>
    public static async Task EnsureDatabaseAsync(string adminConnectionString, string name, CancellationToken ct = default)
    {
        ValidateName(name);
        await using var connection = await OpenAdminAsync(adminConnectionString, ct).ConfigureAwait(false);
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

    public static async Task DropDatabaseAsync(string adminConnectionString, string name, CancellationToken ct = default)
    {
        ValidateName(name);
        await using var connection = await OpenAdminAsync(adminConnectionString, ct).ConfigureAwait(false);
        await using var drop = new NpgsqlCommand($"DROP DATABASE IF EXISTS \"{name}\" WITH (FORCE)", connection);
        await drop.ExecuteNonQueryAsync(ct).ConfigureAwait(false);
    }

    /// <summary>True when a connection opens (used as a readiness probe).</summary>
    public static async Task<bool> AnswersAsync(string adminConnectionString, CancellationToken ct)
    {
        await using var connection = await OpenAdminAsync(adminConnectionString, ct).ConfigureAwait(false);
        return true;
    }

    private static readonly IReadOnlyDictionary<string, string> Environment = new Dictionary<string, string> { ["LC_ALL"] = "C.UTF-8" };

    private static string Binary(string name) => Path.Combine(ServerPackages.PostgresBin, name);

    private static async Task<NpgsqlConnection> OpenAdminAsync(string adminConnectionString, CancellationToken ct)
    {
        // No pooling: admin connections must not keep a database busy or outlive the server.
        var connection = new NpgsqlConnection(new NpgsqlConnectionStringBuilder(adminConnectionString) { Pooling = false, Timeout = 5 }.ConnectionString);
        await connection.OpenAsync(ct).ConfigureAwait(false);
        return connection;
    }

    private async Task InitDbAsync(string password, Action<string>? log, CancellationToken ct)
    {
        // initdb reads the password from a file (never from the command line, which others can see).
        var pwfile = Path.Combine(DataDirectory, "..", $".pwfile-{Guid.NewGuid():N}");
        await File.WriteAllTextAsync(pwfile, password, ct).ConfigureAwait(false);
        try
        {
            if (!OperatingSystem.IsWindows()) File.SetUnixFileMode(pwfile, UnixFileMode.UserRead | UnixFileMode.UserWrite);
            await ServerUser.GiveAsync(ServerUser.Postgres, pwfile, ct).ConfigureAwait(false);
            await Shell.RunAsync(ServerUser.Command(ServerUser.Postgres, Binary("initdb"),
                ["-D", DataDirectory, "-U", Username, $"--pwfile={pwfile}", "--auth=scram-sha-256", "--encoding=UTF8", "--locale=C.UTF-8", "--no-sync"],
                Environment), ct, log: log).ConfigureAwait(false);
        }
        finally
        {
            File.Delete(pwfile);
        }
    }

    /// <summary>
    /// The password lives outside the folder (the AppHost keeps a generated one in its user
    /// secrets), so a kept folder is brought to it in single-user mode before the server starts
    /// (well under a second). The statement goes in on stdin, not on a command line.
    /// </summary>
    private async Task SetPasswordAsync(string password, CancellationToken ct)
    {
        var literal = "'" + password.Replace("'", "''", StringComparison.Ordinal) + "'";
        await Shell.RunAsync(ServerUser.Command(ServerUser.Postgres, Binary("postgres"),
            ["--single", "-D", DataDirectory, "-c", "listen_addresses=", "-c", "unix_socket_directories=", "postgres"], Environment),
            ct, input: $"ALTER ROLE \"{Username}\" PASSWORD {literal};\n").ConfigureAwait(false);
    }

    private static string ValidateName(string name)
    {
        if (!SqlName().IsMatch(name))
            throw new ArgumentException($"'{name}' is not a valid name here (letters, digits, '_' and '-', at most 63).", nameof(name));
        return name;
    }

    [GeneratedRegex("^[A-Za-z_][A-Za-z0-9_-]{0,62}$")]
    private static partial Regex SqlName();
}
