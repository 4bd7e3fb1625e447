using LocalInfrastructure;

namespace AppHost.Hosting;

/// <summary>
/// Starts every resource as soon as what it waits for is ready, prints the resource table, and on
/// shutdown stops projects first, then the broker, then PostgreSQL, so nothing it started remains.
/// </summary>
internal sealed class Orchestrator
{
    private readonly AppHostSettings settings;
    private readonly ConsoleLog console;
    private readonly List<ResourceRunner> runners;

    public Orchestrator(IReadOnlyList<IResource> resources, AppHostSettings settings)
    {
        this.settings = settings;
        console = new ConsoleLog(resources.Select(r => r.Name));
        runners = resources.Select(CreateRunner).ToList();
    }

    /// <summary>Returns the process exit code: 0 after a requested stop, 1 when something could not start.</summary>
    public async Task<int> RunAsync(CancellationToken stopping)
    {
        console.Info("apphost", $"Data directory: {settings.DataDirectory}");
        var exitCode = 0;
        // Cancelled on a stop request, or as soon as any resource fails to start (no point waiting for the rest).
        using var run = CancellationTokenSource.CreateLinkedTokenSource(stopping);
        var loops = new List<Task>();
        try
        {
            await ServerPackages.EnsureInstalledAsync(console.For("apphost"), run.Token);
            loops.AddRange(runners.Select(r => r.RunAsync(DependenciesOf(r), run.Token)));
            await AllReadyAsync(run.Token);
            ResourceTable.Print(runners, console);
            console.Plain(runners.Any(r => r.Resource.Name == "gateway")
                ? $"Gateway: {runners.First(r => r.Resource.Name == "gateway").Url}"
                : "Gateway: not part of this run (AppHost:Only=infrastructure, or no gateway resource)");
            console.Info("apphost", "All resources are running. Press Ctrl+C to stop.");
            await Task.WhenAll(loops); // they end when stopping is cancelled
        }
        catch (OperationCanceledException) when (stopping.IsCancellationRequested)
        {
        }
        catch (Exception e)
        {
            // Installation hints and "port in use" are one line; that is all the user needs.
            var failed = runners.FirstOrDefault(r => r.Ready.IsFaulted);
            console.Error(failed?.Resource.Name ?? "apphost", failed?.Ready.Exception?.InnerException?.Message ?? e.Message);
            exitCode = 1;
        }
        run.Cancel();
        await Task.WhenAll(loops);
        await StopAllAsync();
        return exitCode;
    }

    /// <summary>Completes when every resource is ready; throws as soon as one fails to start.</summary>
    private async Task AllReadyAsync(CancellationToken ct)
    {
        var pending = runners.Select(r => r.Ready).ToList();
        while (pending.Count > 0)
        {
            var done = await Task.WhenAny(pending).WaitAsync(ct);
            await done; // rethrows the failure
            pending.Remove(done);
        }
    }

    private async Task StopAllAsync()
    {
        console.Info("apphost", "Stopping...");
        var started = DateTime.UtcNow;
        await Task.WhenAll(runners.OfType<ProjectRunner>().Select(StopQuietlyAsync));
        // Once no project is left to use them, broker and database stop side by side: the broker's
        // orderly shutdown (~6 s) dominates, and the 15 s budget must hold on a busy machine too.
        await Task.WhenAll(runners.Where(r => r is RabbitMqRunner or PostgresRunner).Select(StopQuietlyAsync));
        console.Info("apphost", $"Stopped in {(DateTime.UtcNow - started).TotalSeconds:0.0} s.");
    }

    private async Task StopQuietlyAsync(ResourceRunner runner)
    {
        try
        {
            await runner.StopAsync();
        }
        catch (Exception e)
        {
            console.Error(runner.Resource.Name, $"stop failed: {e.Message}");
        }
    }

    private IReadOnlyList<ResourceRunner> DependenciesOf(ResourceRunner runner) =>
        runner.Resource is Resource resource
            ? runners.Where(r => resource.WaitsFor.Contains(r.Resource)).ToList()
            : [];

    private ResourceRunner CreateRunner(IResource resource) => resource switch
    {
        PostgresServerResource postgres => new PostgresRunner(postgres, settings, console),
        PostgresDatabaseResource database => new DatabaseRunner(database, console),
        RabbitMQServerResource rabbit => new RabbitMqRunner(rabbit, settings, console),
        ProjectResource project => new ProjectRunner(project, settings, console),
        _ => throw new NotSupportedException($"No runner for {resource.GetType().Name} '{resource.Name}'."),
    };
}
