using System.Net;
using System.Text.Json.Nodes;

namespace EndToEnd;

/// <summary>The gateway's merged OpenAPI document describes the whole contract of api.md, and the docs page is locked down.</summary>
[Collection(PlatformCollection.Name)]
public sealed class OpenApiDocumentTests(PlatformFixture platform)
{
    [ApiContractFact]
    public async Task OpenApiDocument_ComparedWithApiMd_ContainsEveryPathWithItsMethod()
    {
        var contract = ApiContract.Endpoints(await File.ReadAllTextAsync(ApiContract.FindFile()!));
        var document = await DocumentAsync();

        var described = new HashSet<(string, string)>();
        foreach (var (path, item) in document["paths"]!.AsObject())
        {
            foreach (var (method, _) in item!.AsObject())
            {
                described.Add((method.ToUpperInvariant(), ApiContract.NormalisePath(path)));
            }
        }

        Assert.True(contract.Count >= 30, $"api.md yielded only {contract.Count} endpoints; is the parser still right?");
        var missing = contract.Where(e => !described.Contains(e)).Select(e => $"{e.Method} {e.Path}").ToList();
        Assert.True(missing.Count == 0, "Not in /openapi/v1.json: " + string.Join(", ", missing));
    }

    [ApiContractFact]
    public async Task OpenApiDocument_ComparedWithApiMdErrors_DescribesEveryErrorStatus()
    {
        var statuses = ApiContract.ErrorStatuses(await File.ReadAllTextAsync(ApiContract.FindFile()!));
        var document = await DocumentAsync();

        var described = document["paths"]!.AsObject()
            .SelectMany(p => p.Value!.AsObject())
            .SelectMany(o => o.Value?["responses"]?.AsObject().Select(r => r.Key) ?? [])
            .ToHashSet(StringComparer.Ordinal);

        Assert.Equal(12, statuses.Count); // 400 401 403 404 409 412 413 415 429 502 503 504
        var missing = statuses.Where(s => !described.Contains(s)).ToList();
        Assert.True(missing.Count == 0, "Error statuses of api.md not in any response of /openapi/v1.json: " + string.Join(", ", missing));
    }

    [Fact]
    public async Task OpenApiDocument_EveryOperation_HasAUniqueNameASummaryATagAndWhoMayCall()
    {
        var document = await DocumentAsync();

        var operations = document["paths"]!.AsObject()
            .SelectMany(path => path.Value!.AsObject().Select(operation => (Name: $"{operation.Key.ToUpperInvariant()} {path.Key}", Operation: operation.Value!)))
            .ToList();
        Assert.True(operations.Count >= 35, $"Only {operations.Count} operations in /openapi/v1.json.");
        var incomplete = operations
            .Where(o => string.IsNullOrWhiteSpace((string?)o.Operation["operationId"])
                || string.IsNullOrWhiteSpace((string?)o.Operation["summary"])
                || o.Operation["tags"] is not JsonArray { Count: > 0 }
                || ((string?)o.Operation["description"])?.Contains("Who may call: ", StringComparison.Ordinal) != true)
            .Select(o => o.Name)
            .ToList();
        Assert.True(incomplete.Count == 0, "Without operationId, summary, tag or who may call: " + string.Join(", ", incomplete));
        var duplicates = operations.GroupBy(o => (string)o.Operation["operationId"]!).Where(g => g.Count() > 1).Select(g => g.Key).ToList();
        Assert.True(duplicates.Count == 0, "Operation ids used twice: " + string.Join(", ", duplicates));

        Assert.Contains("anyone", (string)document["paths"]!["/api/offers"]!["get"]!["description"]!, StringComparison.Ordinal);
        Assert.Contains("coordinators", (string)document["paths"]!["/api/events"]!["post"]!["description"]!, StringComparison.Ordinal);
        Assert.Contains("volunteers, each for themselves", (string)document["paths"]!["/api/volunteers/me"]!["delete"]!["description"]!, StringComparison.Ordinal);
    }

    [Fact]
    public async Task OpenApiDocument_EveryParameter_HasATypedSchema()
    {
        var document = await DocumentAsync();

        var untyped = document["paths"]!.AsObject()
            .SelectMany(path => path.Value!.AsObject().SelectMany(operation =>
                (operation.Value!["parameters"] as JsonArray ?? []).Select(parameter => (Name: $"{operation.Key.ToUpperInvariant()} {path.Key} {parameter!["name"]}", Schema: parameter["schema"]))))
            .Where(p => p.Schema?["type"] is null && p.Schema?["$ref"] is null)
            .Select(p => p.Name)
            .ToList();
        Assert.True(untyped.Count == 0, "Parameters without a type, which a partner's generated client cannot bind: " + string.Join(", ", untyped));
    }

    [Fact]
    public async Task OpenApiDocument_EveryService_IsMergedIn()
    {
        var document = await DocumentAsync();

        Assert.Null(document["info"]?["x-missing-services"]);
        var paths = document["paths"]!.AsObject().Select(p => p.Key).ToList();
        Assert.Contains("/api/offers", paths);
        Assert.Contains("/api/volunteers", paths);
        Assert.Contains("/api/events", paths);
    }

    [Fact]
    public async Task DocsPage_Get_AnswersWithContentSecurityPolicy()
    {
        using var response = await platform.Gateway.GetAsync(new Uri("/docs/index.html", UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var policy = Assert.Single(response.Headers.GetValues("Content-Security-Policy"));
        Assert.Contains("default-src 'none'", policy, StringComparison.Ordinal);
        Assert.Contains("script-src 'self'", policy, StringComparison.Ordinal);
        Assert.Contains("frame-ancestors 'none'", policy, StringComparison.Ordinal);
    }

    private async Task<JsonObject> DocumentAsync()
    {
        using var response = await platform.Gateway.GetAsync(new Uri("/openapi/v1.json", UriKind.Relative));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return JsonNode.Parse(await response.Content.ReadAsStringAsync())!.AsObject();
    }
}
