namespace LocalInfrastructure;

/// <summary>
/// How to run one server process: the executable, its arguments and environment. The AppHost
/// hands it to DCP (an executable resource); tests and benchmarks run it as a child process.
/// </summary>
public sealed record ServerCommand(string FileName, IReadOnlyList<string> Arguments, IReadOnlyDictionary<string, string> Environment)
{
    /// <summary>The whole command line, for <see cref="Processes.ChildProcess"/> and for messages.</summary>
    public IReadOnlyList<string> CommandLine => [FileName, .. Arguments];
}
