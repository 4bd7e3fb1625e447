namespace AppHost.Hosting;

/// <summary>
/// Runs one resource: waits for what it depends on, starts it, and restarts it with exponential
/// back-off (1, 2, 4 … 30 s) whenever it exits unexpectedly. A failure on the very first start is
/// fatal instead: it is a configuration problem (port in use, not built, not installed).
/// </summary>
internal abstract class ResourceRunner(IResource resource, ConsoleLog console)
{
    private static readonly TimeSpan MaxBackOff = TimeSpan.FromSeconds(30);
    private readonly TaskCompletionSource ready = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public IResource Resource => resource;

    public string State { get; private set; } = "Waiting";

    /// <summary>Completes when the resource is first ready; faults when it cannot start.</summary>
    public Task Ready => ready.Task;

    public abstract string Kind { get; }

    public abstract string Url { get; }

    public virtual int? Pid => null;

    protected ConsoleLog Console => console;

    public async Task RunAsync(IReadOnlyList<ResourceRunner> dependencies, CancellationToken stopping)
    {
        try
        {
            await Task.WhenAll(dependencies.Select(d => d.Ready)).WaitAsync(stopping);
            await SuperviseAsync(stopping);
        }
        catch (OperationCanceledException) when (stopping.IsCancellationRequested)
        {
            ready.TrySetCanceled(stopping);
        }
        catch (Exception e)
        {
            State = "FailedToStart";
            ready.TrySetException(e);
        }
    }

    /// <summary>Starts the resource; returns once it answers (healthy, accepting connections).</summary>
    protected abstract Task StartAsync(CancellationToken stopping);

    /// <summary>Completes with the exit code when the running process ends.</summary>
    protected abstract Task<int> WaitForExitAsync();

    /// <summary>Stops it for good (shutdown), leaving nothing behind.</summary>
    public abstract Task StopAsync();

    private async Task SuperviseAsync(CancellationToken stopping)
    {
        var backOff = TimeSpan.FromSeconds(1);
        while (true)
        {
            State = "Starting";
            try
            {
                await StartAsync(stopping);
            }
            catch (Exception e) when (ready.Task.IsCompleted && !stopping.IsCancellationRequested)
            {
                console.Error(resource.Name, $"restart failed: {e.Message}");
                await BackOffAsync(ref backOff, stopping);
                continue;
            }
            State = "Running";
            ready.TrySetResult();
            var started = DateTime.UtcNow;
            var code = await WaitForExitAsync().WaitAsync(stopping);
            State = "Exited";
            if (DateTime.UtcNow - started > MaxBackOff) backOff = TimeSpan.FromSeconds(1); // it had been stable
            console.Error(resource.Name, $"exited unexpectedly (code {code}); restarting in {backOff.TotalSeconds:0} s");
            await StopAsync(); // clean up what is left of it (watchdogs, process group)
            await BackOffAsync(ref backOff, stopping);
        }
    }

    private static Task BackOffAsync(ref TimeSpan backOff, CancellationToken stopping)
    {
        var delay = Task.Delay(backOff, stopping);
        backOff = TimeSpan.FromTicks(Math.Min(backOff.Ticks * 2, MaxBackOff.Ticks));
        return delay;
    }
}
