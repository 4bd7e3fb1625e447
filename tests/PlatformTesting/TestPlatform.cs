using TestSupport;
using System.Diagnostics;
using Aspire.Hosting;
using Aspire.Hosting.ApplicationModel;
using Aspire.Hosting.Testing;
using LocalInfrastructure;
using LocalInfrastructure.Processes;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Npgsql;

namespace PlatformTesting;

/// <summary>
/// The whole platform as the AppHost defines it, started through Aspire.Hosting.Testing: DCP runs
/// PostgreSQL, RabbitMQ, the three services and the gateway exactly as <c>dotnet run --project
/// src/AppHost</c> does, with a data folder of its own, a free gateway port and, when asked, the
/// dashboard on free ports. Disposing stops everything and waits until every process it started
/// is gone.
/// </summary>
public sealed class TestPlatform : IAsyncDisposable
{
    private const string Root = "/tmp/integration-aspire-platforms";
    private static readonly string[] Projects = ["offers-api", "volunteers-api", "events-api", "gateway"];

    private readonly DistributedApplication _app;
    private readonly string _dataDirectory;
    private readonly IDisposable _machineLock;
    private readonly CancellationTokenSource _stopping = new();
    private bool _disposed;
    private IReadOnlyList<ProcessTree.Entry> _leftRunning = [];

    private TestPlatform(DistributedApplication app, string dataDirectory, CapturedLogs logs, IDisposable machineLock)
    {
        _app = app;
        _machineLock = machineLock;
        _dataDirectory = dataDirectory;
        Logs = logs;
    }

    public DistributedApplication App => _app;

    public CapturedLogs Logs { get; }

    public ResourceTimeline Timeline { get; } = new();

    /// <summary>Error-level and duplicate-delivery lines of the services and the gateway since the start.</summary>
    public ServiceTrouble Trouble { get; } = new();

    public Uri GatewayAddress => _app.GetEndpoint("gateway", "http");

    /// <summary>The web app's address (it is healthy once <see cref="StartAsync"/> returns).</summary>
    public Uri WebAppAddress => _app.GetEndpoint("webapp", "http");

    public Uri ServiceAddress(string resource) => _app.GetEndpoint(resource, "http");

    public string DataDirectory => _dataDirectory;

    /// <summary>The dashboard's address and the key of its telemetry API (null without the dashboard).</summary>
    public Uri? DashboardAddress { get; private set; }

    public string? DashboardApiKey => _app.Services.GetRequiredService<IConfiguration>()["AppHost:DashboardApiKey"];

    public static async Task<TestPlatform> StartAsync(TestPlatformOptions? options = null, CancellationToken cancellationToken = default)
    {
        options ??= new TestPlatformOptions();
        var machineLock = await PlatformLock.AcquireAsync(cancellationToken);
        try
        {
            return await StartLockedAsync(options, machineLock, cancellationToken);
        }
        catch
        {
            machineLock.Dispose(); // a platform that did not start has released it already; twice is harmless
            throw;
        }
    }

    private static async Task<TestPlatform> StartLockedAsync(TestPlatformOptions options, IDisposable machineLock, CancellationToken cancellationToken)
    {
        DeleteFoldersOfDeadRuns();
        var dataDirectory = Path.Combine(Root, $"{Environment.ProcessId}-{Guid.NewGuid():N}"[..20]);
        Directory.CreateDirectory(dataDirectory);
        string[] arguments =
        [
            $"AppHost:DataDirectory={dataDirectory}",
            $"AppHost:GatewayPort={FreePort.Next()}",
            $"AppHost:WebAppPort={FreePort.Next()}",
            // Free ports for the dashboard, so a platform someone runs by hand (18888) is no obstacle.
            $"ASPNETCORE_URLS=http://localhost:{FreePort.Next()}",
            $"ASPIRE_DASHBOARD_OTLP_ENDPOINT_URL=http://localhost:{FreePort.Next()}",
            $"ASPIRE_DASHBOARD_OTLP_HTTP_ENDPOINT_URL=http://localhost:{FreePort.Next()}",
            $"ASPIRE_RESOURCE_SERVICE_ENDPOINT_URL=http://localhost:{FreePort.Next()}",
            $"AppHost:Replicas={options.Replicas}",
            .. options.AppHostArguments,
        ];

        var builder = await DistributedApplicationTestingBuilder.CreateAsync<Projects.AppHost>(arguments, (app, _) =>
        {
            app.DisableDashboard = !options.Dashboard;
            app.AllowUnsecuredTransport = true;
        }, cancellationToken);
        var logs = new CapturedLogs();
        // Into memory only (a failing test shows the tail): on the console it would bury a benchmark's figures.
        builder.Services.AddLogging(logging => logging.ClearProviders().AddProvider(logs));
        foreach (var project in Projects)
        {
            var resource = builder.CreateResourceBuilder<ProjectResource>(project);
            foreach (var (key, value) in options.ServiceEnvironment)
            {
                resource.WithEnvironment(key, value);
            }
        }

        var gateway = builder.CreateResourceBuilder<ProjectResource>("gateway");
        foreach (var (key, value) in options.GatewayEnvironment)
        {
            gateway.WithEnvironment(key, value);
        }

        var application = await builder.BuildAsync(cancellationToken);
        var platform = new TestPlatform(application, dataDirectory, logs, machineLock);
        _ = platform.Timeline.RecordAsync(application.ResourceNotifications, platform._stopping.Token);
        _ = platform.Trouble.RecordAsync(application.ResourceNotifications, application.Services.GetRequiredService<ResourceLoggerService>(), platform._stopping.Token);
        try
        {
            using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
            timeout.CancelAfter(options.StartTimeout);
            await application.StartAsync(timeout.Token);
            await application.ResourceNotifications.WaitForResourceHealthyAsync("gateway", timeout.Token);
            await application.ResourceNotifications.WaitForResourceHealthyAsync("webapp", timeout.Token);
            if (options.Dashboard)
            {
                platform.DashboardAddress = new Uri((await application.GetDashboardUrlAsync(timeout.Token)).GetLeftPart(UriPartial.Authority));
            }
        }
        catch (Exception exception)
        {
            var tail = logs.Tail(120);
            await platform.DisposeAsync();
            throw new InvalidOperationException($"The platform did not become healthy ({exception.GetType().Name}: {exception.Message}). Last log lines:\n{tail}", exception);
        }

        return platform;
    }

    public HttpClient CreateGatewayClient(TimeSpan? timeout = null) =>
        new() { BaseAddress = GatewayAddress, Timeout = timeout ?? TimeSpan.FromSeconds(30) };

    public async Task<string> GetConnectionStringAsync(string resource, CancellationToken cancellationToken = default) =>
        await _app.GetConnectionStringAsync(resource, cancellationToken)
        ?? throw new InvalidOperationException($"{resource} has no connection string");

    /// <summary>The single number <paramref name="sql"/> answers in <paramref name="database"/> (a count, mostly).</summary>
    public async Task<long> CountAsync(string database, string sql, params (string Name, object Value)[] parameters)
    {
        await using var connection = new NpgsqlConnection(await GetConnectionStringAsync(database));
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        foreach (var (name, value) in parameters)
        {
            command.Parameters.AddWithValue(name, value);
        }

        return Convert.ToInt64(await command.ExecuteScalarAsync(), System.Globalization.CultureInfo.InvariantCulture);
    }

    /// <summary>
    /// Every process of this platform: DCP (which daemonises and monitors this test process),
    /// everything it runs (servers, services, dashboard), and their descendants.
    /// </summary>
    public static IReadOnlyList<ProcessTree.Entry> Processes()
    {
        var monitor = $"--monitor {Environment.ProcessId}";
        var dcp = ProcessTree.Snapshot().Where(e => e.Command.Contains(monitor, StringComparison.Ordinal) && e.Command.Contains("dcp", StringComparison.Ordinal));
        return ProcessTree.StartedBy(dcp.Select(e => e.Pid));
    }

    /// <summary>Stops the platform and waits for every process; returns those still running after <paramref name="grace"/>.</summary>
    public async Task<(TimeSpan Took, IReadOnlyList<ProcessTree.Entry> LeftRunning)> StopAsync(TimeSpan grace)
    {
        var started = Processes();
        var watch = Stopwatch.StartNew();
        // Our own pooled connections would hold PostgreSQL's shutdown (SIGTERM waits for sessions).
        NpgsqlConnection.ClearAllPools();
        using (var timeout = new CancellationTokenSource(grace))
        {
            try
            {
                await _app.StopAsync(timeout.Token);
            }
            catch (OperationCanceledException)
            {
            }
        }

        await _app.DisposeAsync();
        await _stopping.CancelAsync();
        _disposed = true;
        var left = ProcessTree.StillRunning(started);
        while (left.Count > 0 && watch.Elapsed < grace)
        {
            await Task.Delay(100);
            left = ProcessTree.StillRunning(started);
        }

        _leftRunning = left;
        return (watch.Elapsed, left);
    }

    public async ValueTask DisposeAsync()
    {
        if (!_disposed)
        {
            await StopAsync(TimeSpan.FromSeconds(30));
        }

        // Nothing may disturb the next platform: what did not stop in time is killed.
        foreach (var process in ProcessTree.StillRunning(_leftRunning))
        {
            Native.Signal(process.Pid, Native.SigKill);
        }

        TryDelete(_dataDirectory);
        _machineLock.Dispose();
    }

    private static void DeleteFoldersOfDeadRuns()
    {
        if (!Directory.Exists(Root))
        {
            return;
        }

        foreach (var directory in Directory.GetDirectories(Root))
        {
            if (int.TryParse(Path.GetFileName(directory).Split('-')[0], out var pid) && !Native.IsAlive(pid))
            {
                TryDelete(directory);
            }
        }
    }

    private static void TryDelete(string directory)
    {
        try
        {
            if (Directory.Exists(directory))
            {
                Directory.Delete(directory, recursive: true);
            }
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
        }
    }
}
