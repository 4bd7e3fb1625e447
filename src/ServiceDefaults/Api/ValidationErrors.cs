using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;

namespace ServiceDefaults.Api;

/// <summary>
/// Collects validation failures per field (JSON path in camelCase, e.g. <c>contact.email</c>,
/// <c>schedule[1].end</c>) and turns them into the 400 ValidationProblem of api.md.
/// </summary>
public sealed class ValidationErrors
{
    private readonly Dictionary<string, List<string>> _errors = new(StringComparer.Ordinal);

    public bool IsValid => _errors.Count == 0;

    public ValidationErrors Add(string field, string message)
    {
        if (!_errors.TryGetValue(field, out var messages))
        {
            _errors[field] = messages = [];
        }

        messages.Add(message);
        return this;
    }

    /// <summary>Adds <paramref name="message"/> when <paramref name="failed"/> is true.</summary>
    public ValidationErrors AddIf(bool failed, string field, string message) => failed ? Add(field, message) : this;

    public IReadOnlyDictionary<string, string[]> ToDictionary() =>
        _errors.ToDictionary(e => e.Key, e => e.Value.ToArray(), StringComparer.Ordinal);

    public ValidationProblem ToProblem() => TypedResults.ValidationProblem(
        ToDictionary(), title: "The request is invalid.", detail: "See 'errors' for the fields that failed validation.");
}
