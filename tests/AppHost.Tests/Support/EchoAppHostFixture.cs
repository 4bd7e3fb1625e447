using AppHost.Hosting;
using System.Net.Http.Json;
using TestInfrastructure;

namespace AppHost.Tests.Support;

/// <summary>The test asset EchoService, as the AppHost sees a project (ProjectPath + built dll).</summary>
internal sealed class EchoService : IProjectMetadata
{
    private static readonly DirectoryInfo TestBin = new(AppContext.BaseDirectory.TrimEnd('/'));

    public string ProjectPath { get; } = Path.GetFullPath(Path.Combine(TestBin.FullName, "..", "..", "..", "TestAssets", "EchoService"));

    public string TargetPath => Path.Combine(ProjectPath, "bin", TestBin.Parent!.Name, TestBin.Name, "EchoService.dll");
}

/// <summary>
/// An in-process AppHost with PostgreSQL, a database and two EchoService projects ("front" waits for
/// and references "echo-api"), so project resources are tested without the real services.
/// </summary>
public sealed class EchoAppHostFixture : IAsyncLifetime
{
    private readonly CancellationTokenSource stopping = new();
    private Task<int>? run;

    public string DataDirectory { get; } = TestServers.NewDirectory("apphost-echo");

    public IReadOnlyDictionary<string, string?> EchoEnvironment { get; private set; } = null!;

    public IReadOnlyDictionary<string, string?> FrontEnvironment { get; private set; } = null!;

    public string EchoUrl { get; private set; } = "";

    public async Task InitializeAsync()
    {
        var builder = DistributedApplication.CreateBuilder(
            [$"--AppHost:DataDirectory={DataDirectory}", "--OTEL_EXPORTER_OTLP_ENDPOINT=http://127.0.0.1:4317", "--AppHost:Environment=Testing"]);
        var database = builder.AddPostgres("postgres").AddDatabase("echodb");
        var echo = builder.AddProject<EchoService>("echo-api").WithReference(database).WaitFor(database);
        var front = builder.AddProject<EchoService>("front").WithReference(echo).WaitFor(echo);
        run = builder.Build().RunAsync(stopping.Token);

        using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(5) };
        var deadline = DateTime.UtcNow.AddSeconds(60);
        while (FrontEnvironment is null)
        {
            if (run.IsCompleted || DateTime.UtcNow > deadline) throw new InvalidOperationException($"AppHost did not start the projects (exit {await run.WaitAsync(TimeSpan.FromSeconds(1))}).");
            try
            {
                FrontEnvironment = (await http.GetFromJsonAsync<Dictionary<string, string?>>($"{front.Resource.Url}/env"))!;
            }
            catch (HttpRequestException)
            {
                await Task.Delay(200);
            }
        }
        EchoUrl = echo.Resource.Url;
        EchoEnvironment = (await http.GetFromJsonAsync<Dictionary<string, string?>>($"{EchoUrl}/env"))!;
    }

    /// <summary>The exit code of the in-process AppHost after stopping.</summary>
    public async Task<int> StopAsync()
    {
        stopping.Cancel();
        return run is null ? 0 : await run;
    }

    public async Task DisposeAsync() => await StopAsync();
}
