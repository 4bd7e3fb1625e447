using LocalInfrastructure;
using LocalInfrastructure.Processes;

namespace TestInfrastructure;

/// <summary>
/// One PostgreSQL and one RabbitMQ per test process, started on first use in a temp folder with
/// free ports and durability off, stopped and deleted when the process exits. (If the test host
/// is killed instead, the servers' watchdogs stop them; the next run deletes the folders.)
/// </summary>
public static class TestServers
{
    public const string RootDirectory = "/tmp/integration-aspire-tests";

    private static readonly string RunDirectory = Path.Combine(RootDirectory, $"{Environment.ProcessId}-{Guid.NewGuid():N}"[..20]);
    private static readonly Lazy<Task<PostgresServer>> Postgres = new(StartPostgresAsync);
    private static readonly Lazy<Task<RabbitMqServer>> RabbitMq = new(StartRabbitMqAsync);

    static TestServers()
    {
        DeleteFoldersOfDeadRuns();
        AppDomain.CurrentDomain.ProcessExit += (_, _) => StopAll();
    }

    public static Task<PostgresServer> GetPostgresAsync() => Postgres.Value;

    public static Task<RabbitMqServer> GetRabbitMqAsync() => RabbitMq.Value;

    /// <summary>A fresh folder under this run's directory (deleted at exit).</summary>
    public static string NewDirectory(string prefix) => Path.Combine(RunDirectory, $"{prefix}-{Guid.NewGuid():N}"[..(prefix.Length + 9)]);

    /// <summary>Where a server's output goes: only to the console when asked for, else it is noise.</summary>
    public static Action<string>? ServerLog =>
        Environment.GetEnvironmentVariable("TEST_SERVER_LOGS") == "1" ? Console.WriteLine : null;

    private static Task<PostgresServer> StartPostgresAsync() =>
        PostgresServer.StartAsync(new PostgresServerOptions { DataDirectory = NewDirectory("postgres"), Durable = false }, ServerLog);

    private static Task<RabbitMqServer> StartRabbitMqAsync() =>
        RabbitMqServer.StartAsync(new RabbitMqServerOptions { DataDirectory = NewDirectory("rabbitmq") }, ServerLog);

    private static void StopAll()
    {
        var stops = new List<Task>();
        if (Postgres.IsValueCreated) stops.Add(StopAsync(Postgres.Value));
        if (RabbitMq.IsValueCreated) stops.Add(StopAsync(RabbitMq.Value));
        Task.WhenAll(stops).Wait(TimeSpan.FromSeconds(20));
        TryDelete(RunDirectory);
    }

    private static async Task StopAsync<T>(Task<T> server) where T : IAsyncDisposable
    {
        if (server.IsCompletedSuccessfully) await server.Result.DisposeAsync();
    }

    private static void DeleteFoldersOfDeadRuns()
    {
        if (!Directory.Exists(RootDirectory)) return;
        foreach (var dir in Directory.GetDirectories(RootDirectory))
        {
            var pid = Path.GetFileName(dir).Split('-')[0];
            if (int.TryParse(pid, out var id) && !Native.IsAlive(id)) TryDelete(dir);
        }
    }

    internal static void TryDelete(string dir)
    {
        try
        {
            if (Directory.Exists(dir)) Directory.Delete(dir, recursive: true);
        }
        catch (IOException)
        {
        }
        catch (UnauthorizedAccessException)
        {
        }
    }
}
