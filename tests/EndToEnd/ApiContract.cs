using System.Text.RegularExpressions;

namespace EndToEnd;

/// <summary>
/// The public contract, read from <c>shared/docs/api.md</c> beside the repository (for a git
/// worktree one level further up): every backticked <c>METHOD /path</c> and the statuses of its
/// Errors section.
/// </summary>
internal static partial class ApiContract
{
    public static string? FindFile()
    {
        var root = RepositoryFolders.Root();
        return new[] { Path.Combine(root, "..", "shared", "docs", "api.md"), Path.Combine(root, "..", "..", "shared", "docs", "api.md") }
            .Select(Path.GetFullPath)
            .FirstOrDefault(File.Exists);
    }

    /// <summary>Distinct (METHOD, /path) pairs; query strings stripped, path parameters written <c>{}</c>.</summary>
    public static IReadOnlyList<(string Method, string Path)> Endpoints(string text) =>
        [.. EndpointPattern().Matches(text)
            .Select(m => (m.Groups["method"].Value, NormalisePath(m.Groups["path"].Value)))
            .Distinct()];

    /// <summary>The three-digit statuses listed in the Errors section, except the 500 it promises never to answer.</summary>
    public static IReadOnlyList<string> ErrorStatuses(string text)
    {
        var start = text.IndexOf("## Errors", StringComparison.Ordinal);
        var end = text.IndexOf("\n## ", start + 1, StringComparison.Ordinal);
        var section = text[start..(end < 0 ? text.Length : end)];
        return [.. StatusPattern().Matches(section).Select(m => m.Value).Where(s => s != "500").Distinct()];
    }

    public static string NormalisePath(string path)
    {
        var withoutQuery = path.Split('?')[0];
        return ParameterPattern().Replace(withoutQuery, "{}").TrimEnd('/') is { Length: > 0 } trimmed ? trimmed : "/";
    }

    [GeneratedRegex(@"`(?<method>GET|POST|PUT|DELETE|PATCH) (?<path>/[^`\s]*)")]
    private static partial Regex EndpointPattern();

    [GeneratedRegex(@"\b[1-5]\d\d\b")]
    private static partial Regex StatusPattern();

    [GeneratedRegex(@"\{[^}/]*\}")]
    private static partial Regex ParameterPattern();
}

/// <summary>A fact that is skipped, saying why, when api.md is not beside the repository.</summary>
public sealed class ApiContractFactAttribute : FactAttribute
{
    public ApiContractFactAttribute()
    {
        if (ApiContract.FindFile() is null)
        {
            Skip = "shared/docs/api.md not found beside the repository (../shared or ../../shared): the contract cannot be compared.";
        }
    }
}
