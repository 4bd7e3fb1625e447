using LocalInfrastructure;

namespace AppHost.Hosting;

/// <summary>The PostgreSQL server: data in {DataDirectory}/postgres, so it survives AppHost restarts.</summary>
internal sealed class PostgresRunner(PostgresServerResource resource, AppHostSettings settings, ConsoleLog console)
    : ResourceRunner(resource, console)
{
    public override string Kind => "PostgreSQL";

    public override string Url => $"postgresql://127.0.0.1:{resource.Port}";

    public override int? Pid => resource.Server is { Exited.IsCompleted: false } server ? server.ProcessId : null;

    protected override async Task StartAsync(CancellationToken stopping)
    {
        // After the first start the port is fixed, so connection strings already handed out stay valid.
        resource.Server = await PostgresServer.StartAsync(
            new PostgresServerOptions
            {
                DataDirectory = Path.Combine(settings.DataDirectory, "postgres"),
                Port = resource.Port,
                PortSetting = "AppHost:Ports:Postgres",
                StopTimeout = TimeSpan.FromSeconds(3), // part of the AppHost's 15 s stop budget
            },
            Console.For(resource.Name),
            stopping);
        resource.Port = resource.Server.Port;
    }

    protected override Task<int> WaitForExitAsync() => resource.Server!.Exited;

    public override async Task StopAsync()
    {
        if (resource.Server is { } server) await server.DisposeAsync();
    }
}
