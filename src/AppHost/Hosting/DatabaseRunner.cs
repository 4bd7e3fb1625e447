namespace AppHost.Hosting;

/// <summary>A database: created (if missing) once its server answers; it lives as long as the server.</summary>
internal sealed class DatabaseRunner(PostgresDatabaseResource resource, ConsoleLog console) : ResourceRunner(resource, console)
{
    public override string Kind => "Database";

    public override string Url => $"postgresql://127.0.0.1:{resource.Parent.Port}/{resource.DatabaseName}";

    protected override async Task StartAsync(CancellationToken stopping)
    {
        await resource.Parent.Server!.EnsureDatabaseAsync(resource.DatabaseName, stopping);
        Console.Info(resource.Name, $"database '{resource.DatabaseName}' is ready");
    }

    /// <summary>Never "exits" by itself: a server crash is handled by the server's runner.</summary>
    protected override Task<int> WaitForExitAsync() => new TaskCompletionSource<int>().Task;

    public override Task StopAsync() => Task.CompletedTask;
}
