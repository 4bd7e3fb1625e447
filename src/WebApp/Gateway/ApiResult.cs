using System.Net;

namespace WebApp.Gateway;

/// <summary>
/// What the gateway answered: the value on success, otherwise its ProblemDetails (api.md, "Errors"),
/// and the <c>ETag</c> a later <c>If-Match</c> must carry.
/// </summary>
public sealed record ApiResult<T>(HttpStatusCode Status, T? Value, ApiProblem? Problem, string? ETag = null)
{
    public bool Succeeded => Problem is null;

    public static ApiResult<T> Failed(ApiProblem problem) => new((HttpStatusCode)problem.Status, default, problem);
}

/// <summary>An RFC 9457 problem as the gateway sends it, with the field-level <c>errors</c> of a 400.</summary>
public sealed record ApiProblem(int Status, string? Title, string? Detail, IReadOnlyDictionary<string, string[]> Errors)
{
    /// <summary>Not an answer of the API: the gateway could not be reached or did not answer in time.</summary>
    public const int Unreachable = 503;

    public static readonly IReadOnlyDictionary<string, string[]> NoErrors = new Dictionary<string, string[]>();

    /// <summary>412: the offer changed since it was loaded (its <c>ETag</c> no longer matches).</summary>
    public bool IsChangedMeanwhile => Status == (int)HttpStatusCode.PreconditionFailed;

    public bool IsNotFound => Status == (int)HttpStatusCode.NotFound;

    /// <summary>
    /// The messages for one form field. The API names nested fields by path
    /// (<c>address.postalCode</c>, <c>schedule[0].start</c>), so a field also collects the errors
    /// of everything beneath it; names compare case-insensitively (<c>Title</c> or <c>title</c>).
    /// </summary>
    public IEnumerable<string> ErrorsFor(string field) =>
        Errors.Where(e => IsWithin(e.Key, field)).SelectMany(e => e.Value);

    /// <summary>Messages whose field is none of <paramref name="shownFields"/>: they go into the summary.</summary>
    public IEnumerable<string> ErrorsOutside(IEnumerable<string> shownFields)
    {
        var shown = shownFields.ToList();
        return Errors.Where(e => !shown.Any(field => IsWithin(e.Key, field))).SelectMany(e => e.Value);
    }

    private static bool IsWithin(string key, string field) =>
        key.Equals(field, StringComparison.OrdinalIgnoreCase)
        || (key.Length > field.Length && key.StartsWith(field, StringComparison.OrdinalIgnoreCase) && key[field.Length] is '.' or '[');
}
