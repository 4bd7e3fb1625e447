using LocalInfrastructure;
using LocalInfrastructure.Processes;

namespace AppHost.Hosting;

/// <summary>A .NET service: `dotnet {dll}` from its project folder, configured the way Aspire configures it.</summary>
internal sealed class ProjectRunner(ProjectResource resource, AppHostSettings settings, ConsoleLog console) : ResourceRunner(resource, console)
{
    private ChildProcess? process;

    public override string Kind => "Project";

    public override string Url => resource.Url;

    public override int? Pid => process is { HasExited: false } p ? p.Id : null;

    protected override async Task StartAsync(CancellationToken stopping)
    {
        var project = resource.Project;
        if (!File.Exists(project.TargetPath))
            throw new FileNotFoundException(
                $"{resource.Name}: {project.TargetPath} does not exist. Build the AppHost (a project without Program.cs is skipped), or run with AppHost:Only=infrastructure.");
        if (resource.Port == 0) resource.Port = FreePort.Next();

        process = ChildProcess.Start(new ChildProcessStartInfo
        {
            // The project folder is the content root, so its appsettings*.json apply as under `dotnet run`.
            Command = ["dotnet", project.TargetPath, "--contentRoot", project.ProjectPath],
            WorkingDirectory = project.ProjectPath,
            Environment = ProjectEnvironment.For(resource, settings),
            Output = Console.For(resource.Name),
        });
        await HealthProbe.WaitAsync(resource, process.Exited, settings.HealthTimeout, stopping);
    }

    protected override Task<int> WaitForExitAsync() => process!.Exited;

    /// <summary>SIGTERM lets the host shut down gracefully; the group is killed after 4 s (the whole stop must fit in 15 s).</summary>
    public override async Task StopAsync()
    {
        if (process is { } p) await p.StopAsync(Native.SigTerm, TimeSpan.FromSeconds(4));
    }
}
