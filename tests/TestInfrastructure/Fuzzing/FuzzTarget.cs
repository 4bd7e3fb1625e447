using System.Text.Json.Nodes;

namespace TestInfrastructure.Fuzzing;

/// <summary>
/// One endpoint the fuzzer attacks. <paramref name="Path"/> may hold <c>{id}</c>, filled from
/// <paramref name="Ids"/> (give existing ids only where every generated request is refused before
/// it could act: a body-less command on an existing id would really run). A target with a
/// <paramref name="ValidBody"/> gets that body broken; one with <paramref name="Query"/> gets its
/// query parameters filled with hostile values.
/// </summary>
public sealed record FuzzTarget(
    HttpMethod Method,
    string Path,
    Func<HttpClient> Client,
    JsonObject? ValidBody = null,
    IReadOnlyList<string>? Query = null,
    IReadOnlyList<string>? Ids = null)
{
    /// <summary>Reads (GET) may answer 2xx to a hostile query (an injection string is only text to search for); changes must be refused.</summary>
    public bool MayChangeState => Method != HttpMethod.Get;
}
