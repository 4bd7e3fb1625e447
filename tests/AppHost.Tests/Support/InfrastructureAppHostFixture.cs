using TestInfrastructure;

namespace AppHost.Tests.Support;

/// <summary>
/// One real AppHost process limited to infrastructure (AppHost:Only=infrastructure: the services
/// are still empty shells on this branch), shared by a test class to keep the run short.
/// </summary>
public sealed class InfrastructureAppHostFixture : IAsyncLifetime
{
    public static readonly TimeSpan StartTimeout = TimeSpan.FromSeconds(90);

    internal AppHostProcess Host { get; private set; } = null!;

    public string DataDirectory { get; } = TestServers.NewDirectory("apphost");

    public async Task InitializeAsync()
    {
        Host = AppHostProcess.Start(DataDirectory, ("AppHost__Only", "infrastructure"));
        await Host.WaitForLineAsync(l => l.Contains("All resources are running"), StartTimeout);
    }

    public async Task DisposeAsync() => await Host.DisposeAsync();
}
