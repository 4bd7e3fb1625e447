using LocalInfrastructure;

namespace AppHost.Hosting;

/// <summary>The RabbitMQ broker (and its own epmd): data in {DataDirectory}/rabbitmq.</summary>
internal sealed class RabbitMqRunner(RabbitMQServerResource resource, AppHostSettings settings, ConsoleLog console)
    : ResourceRunner(resource, console)
{
    public override string Kind => "RabbitMQ";

    public override string Url => resource.ManagementPlugin
        ? $"amqp://127.0.0.1:{resource.AmqpPort}/ (management http://127.0.0.1:{resource.ManagementPort}/)"
        : $"amqp://127.0.0.1:{resource.AmqpPort}/";

    public override int? Pid => resource.Server is { ProcessId: > 0, Exited.IsCompleted: false } server ? server.ProcessId : null;

    protected override async Task StartAsync(CancellationToken stopping)
    {
        resource.Server = await RabbitMqServer.StartAsync(
            new RabbitMqServerOptions
            {
                DataDirectory = Path.Combine(settings.DataDirectory, "rabbitmq"),
                AmqpPort = resource.AmqpPort,
                ManagementPort = resource.ManagementPort,
                EnableManagementPlugin = resource.ManagementPlugin,
                AmqpPortSetting = "AppHost:Ports:RabbitMq",
                ManagementPortSetting = "AppHost:Ports:RabbitMqManagement",
                StopTimeout = TimeSpan.FromSeconds(8), // part of the AppHost's 15 s stop budget
            },
            Console.For(resource.Name),
            stopping);
        // Keep the ports for restarts: the services already hold this URI.
        resource.AmqpPort = resource.Server.AmqpPort;
        resource.ManagementPort = resource.Server.ManagementPort;
    }

    protected override Task<int> WaitForExitAsync() => resource.Server!.Exited;

    public override async Task StopAsync()
    {
        if (resource.Server is { } server) await server.DisposeAsync();
    }
}
