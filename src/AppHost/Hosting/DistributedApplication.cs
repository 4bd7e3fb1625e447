using System.Runtime.InteropServices;

namespace AppHost.Hosting;

public sealed class DistributedApplication
{
    private readonly IReadOnlyList<IResource> resources;
    private readonly AppHostSettings settings;

    internal DistributedApplication(IReadOnlyList<IResource> resources, AppHostSettings settings)
    {
        this.resources = resources;
        this.settings = settings;
    }

    public static DistributedApplicationBuilder CreateBuilder(string[] args) => new(args);

    /// <summary>Runs until Ctrl+C or SIGTERM, then stops everything it started; sets the exit code.</summary>
    public void Run()
    {
        using var stopping = new CancellationTokenSource();
        void OnSignal(PosixSignalContext context)
        {
            context.Cancel = true; // we stop in order ourselves, then exit
            stopping.Cancel();
        }
        using var sigint = PosixSignalRegistration.Create(PosixSignal.SIGINT, OnSignal);
        using var sigterm = PosixSignalRegistration.Create(PosixSignal.SIGTERM, OnSignal);
        using var sighup = PosixSignalRegistration.Create(PosixSignal.SIGHUP, OnSignal);

        Environment.ExitCode = RunAsync(stopping.Token).GetAwaiter().GetResult();
    }

    /// <summary>Runs until <paramref name="stopping"/> is cancelled; returns the exit code (tests run it in-process).</summary>
    internal Task<int> RunAsync(CancellationToken stopping) => new Orchestrator(resources, settings).RunAsync(stopping);
}
