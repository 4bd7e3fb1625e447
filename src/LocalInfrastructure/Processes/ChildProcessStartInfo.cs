namespace LocalInfrastructure.Processes;

public sealed record ChildProcessStartInfo
{
    /// <summary>Executable and arguments.</summary>
    public required IReadOnlyList<string> Command { get; init; }

    public string? WorkingDirectory { get; init; }

    /// <summary>Variables to set (a null value removes the variable).</summary>
    public IReadOnlyDictionary<string, string?> Environment { get; init; } = new Dictionary<string, string?>();

    /// <summary>Receives stdout and stderr, one line at a time.</summary>
    public Action<string>? Output { get; init; }
}
