using System.Net.Http.Headers;
using System.Text;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

namespace TestInfrastructure.Fuzzing;

/// <summary>A generated request, kept as data so a failure can print exactly what was sent.</summary>
public sealed record FuzzRequest(int Index, HttpMethod Method, string Url, string? ContentType, byte[]? Body, string? IfMatch)
{
    public HttpRequestMessage ToMessage()
    {
        var message = new HttpRequestMessage(Method, Url);
        if (Body is not null)
        {
            message.Content = new ByteArrayContent(Body);
            if (ContentType is not null)
            {
                message.Content.Headers.ContentType = MediaTypeHeaderValue.Parse(ContentType);
            }
        }

        if (IfMatch is not null)
        {
            message.Headers.TryAddWithoutValidation("If-Match", IfMatch);
        }

        return message;
    }

    public override string ToString()
    {
        var body = Body is null ? "" : Encoding.UTF8.GetString(Body);
        return $"#{Index} {Method} {Url[..Math.Min(Url.Length, 300)]} [{ContentType ?? "no content type"}]"
            + (IfMatch is null ? "" : $" If-Match {IfMatch}") + (body.Length == 0 ? "" : $" body {body[..Math.Min(body.Length, 400)]}");
    }
}

/// <summary>
/// Malformed requests from a seed: the same seed gives the same requests in the same order, so a
/// failure reproduces with <c>FUZZ_SEED</c>. A request to an endpoint that changes state always
/// carries at least one fault the endpoint must refuse (a wrong JSON type, an invalid time or
/// UUID, nesting past the reader's depth, invalid UTF-8, not JSON, a wrong content type), plus
/// noise that alone may be acceptable (extra and missing fields, injection strings, huge strings).
/// </summary>
public sealed partial class MalformedRequests(int seed)
{
    private static readonly string[] Hostile =
    [
        "-1", "0", "2147483648", "99999999999999999999", "1e309", "NaN", "Infinity", "-Infinity", "abc", "", " ",
        "' OR '1'='1", "1; DROP TABLE offers; --", "\" OR \"\"=\"", "<script>alert(1)</script>", "<img src=x onerror=alert(1)>",
        "%", "_", "\\", "null", "[]", "{}", "2026-13-45", "2026-07-01T25:00Z", "😀🇩🇪", "\u0000", "\u202Egnp.exe", "51.9,7.9,1", "91,181",
        "abc,def", ",", "TRUE", "yes", "-0", "0x10", "١٢٣", "../../etc/passwd", "${jndi:ldap://x}", "{{7*7}}", new string('a', 5000),
    ];

    private static readonly string[] BadIds =
        ["not-a-uuid", "00000000-0000-0000-0000-00000000000g", "1", "-1", "' OR 1=1 --", "<b>", "%00", "{}", new string('f', 300), "😀"];

    private static readonly string[] NotJson = ["{", "", "null", "[]", "42", "\"text\"", "{\"title\":}", "{'title':'x'}", "\uFEFF{}x", "<xml/>", "{\"a\":1}{\"a\":2}"];

    private static readonly string[] WrongContentTypes =
        ["text/plain", "application/xml", "application/x-www-form-urlencoded", "multipart/form-data; boundary=x", "application/octet-stream", "text/html; charset=utf-8"];

    private readonly Random _random = new(seed);

    public int Seed { get; } = seed;

    public IEnumerable<FuzzRequest> For(IReadOnlyList<FuzzTarget> targets, int count)
    {
        for (var i = 0; i < count; i++)
        {
            yield return Next(i, targets[i % targets.Count]);
        }
    }

    private FuzzRequest Next(int index, FuzzTarget target)
    {
        var path = target.Path.Replace("{id}", Uri.EscapeDataString(PickId(target)), StringComparison.Ordinal);
        var query = target.Query is { Count: > 0 } names ? Query(names) : "";
        var ifMatch = Pick<string?>(["\"1\"", "*", "garbage", null, "W/\"1\""]);
        if (target.ValidBody is null)
        {
            // Body-less endpoints get a stray body now and then: it must change nothing either.
            var stray = _random.Next(4) == 0 ? Encoding.UTF8.GetBytes(Pick(NotJson)) : null;
            return new FuzzRequest(index, target.Method, path + query, stray is null ? null : "application/json", stray, ifMatch);
        }

        var (contentType, body) = Body(target.ValidBody);
        return new FuzzRequest(index, target.Method, path + query, contentType, body, ifMatch);
    }

    private string PickId(FuzzTarget target) => _random.Next(3) switch
    {
        0 when target.Ids is { Count: > 0 } ids => Pick(ids),
        1 => Pick(BadIds),
        _ => RandomGuid().ToString(),
    };

    private string Query(IReadOnlyList<string> names)
    {
        var parts = Enumerable.Range(0, _random.Next(1, 5))
            .Select(_ => _random.Next(8) == 0 ? "unknown_" + _random.Next(100) : Pick(names))
            .Select(name => $"{Uri.EscapeDataString(name)}={Uri.EscapeDataString(Pick(Hostile))}");
        return "?" + string.Join('&', parts);
    }

    private (string? ContentType, byte[] Body) Body(JsonObject valid)
    {
        switch (_random.Next(10))
        {
            case 0: return ("application/json", Encoding.UTF8.GetBytes(Pick(NotJson)));
            case 1: return (_random.Next(6) == 0 ? null : Pick(WrongContentTypes), Encoding.UTF8.GetBytes(valid.ToJsonString()));
        }

        // The fault first, then noise elsewhere: noise must neither hide the fault (by removing the
        // field around it) nor be the only thing wrong (an unknown field alone is ignored, not refused).
        var body = (JsonObject)valid.DeepClone();
        var faulty = BreakOneField(body);
        for (var noise = _random.Next(3); noise > 0; noise--)
        {
            AddNoise(body, faulty);
        }

        // Faults JsonNode cannot hold (nesting past the reader's depth, bytes that are no UTF-8) go into the text afterwards.
        var json = body.ToJsonString()
            .Replace($"\"{Escaped(DeepNestingMarker)}\"", new string('[', 65 + _random.Next(500)) + new string(']', 1), StringComparison.Ordinal);
        var parts = json.Split(Escaped(InvalidUtf8Marker));
        var bytes = parts.Select(Encoding.UTF8.GetBytes).Aggregate((left, right) => [.. left, 0xC3, 0x28, 0xFF, .. right]);
        return ("application/json", bytes);
    }

    private static string Escaped(string marker) => marker.Replace("\u0001", "\\u0001", StringComparison.Ordinal);

    private void AddNoise(JsonObject body, string faulty)
    {
        var keys = body.Select(field => field.Key).Where(key => key != faulty).ToList();
        if (keys.Count == 0 || _random.Next(5) == 0)
        {
            body[Pick(["__proto__", "$type", "id", "status", "version", "extra" + _random.Next(100)])] = Pick(Hostile);
            return;
        }

        var key = Pick(keys);
        switch (_random.Next(4))
        {
            case 0: body.Remove(key); break;
            case 1: body[key] = null; break;
            case 2 when body[key] is JsonValue value && value.TryGetValue<string>(out _): body[key] = Pick(Hostile); break;
            default: body[key] = string.Concat(Enumerable.Repeat(Pick(["x", "ä", "😀"]), _random.Next(1_000, 100_000))); break;
        }
    }

    /// <summary>Puts one fault into the body that the endpoint must refuse whatever else it holds; returns the top-level field holding it.</summary>
    private string BreakOneField(JsonObject body)
    {
        var (parent, key, top) = PickField(body);
        var current = parent[key];
        var text = current is JsonValue v && v.TryGetValue<string>(out var s) ? s : null;
        parent[key] = _random.Next(5) switch
        {
            0 when text is not null && IsoTimeLike().IsMatch(text) =>
                Pick(["2026-02-30T10:00:00+01:00", "2026-07-01T10:00:00+25:00", "yesterday", "0001-01-01T00:00:00Z", "9999-12-31T23:59:59-01:00"]),
            1 when text is not null && Guid.TryParse(text, out _) => Pick(BadIds),
            2 => DeepNestingMarker,
            3 when text is not null => InvalidUtf8Marker,
            _ => WrongKind(current),
        };
        return top;
    }

    private const string InvalidUtf8Marker = "\u0001invalid-utf8\u0001";
    private const string DeepNestingMarker = "\u0001deep-nesting\u0001";

    // Web defaults read numbers from strings ("12" is a number), so a number field is broken with other kinds.
    private JsonNode WrongKind(JsonNode? current) => current switch
    {
        JsonValue value when value.TryGetValue<string>(out _) => Pick<Func<JsonNode>>([() => 12345, () => true, () => new JsonArray(1, 2), () => new JsonObject { ["a"] = 1 }])(),
        JsonValue value when value.TryGetValue<bool>(out _) => Pick<Func<JsonNode>>([() => "true", () => 1, () => new JsonArray()])(),
        JsonValue => Pick<Func<JsonNode>>([() => true, () => new JsonObject(), () => new JsonArray(1)])(),
        JsonArray => Pick<Func<JsonNode>>([() => "list", () => 7, () => new JsonObject { ["0"] = "a" }])(),
        JsonObject => Pick<Func<JsonNode>>([() => "object", () => 7, () => new JsonArray(new JsonObject())])(),
        _ => new JsonArray(new JsonArray(new JsonArray())), // null stood there: a nested array fits no field
    };

    /// <summary>A field anywhere in the body (nested objects and list items included) with the top-level field it sits in.</summary>
    private (JsonObject Parent, string Key, string Top) PickField(JsonObject body)
    {
        var candidates = new List<(JsonObject, string, string)>();
        void Walk(JsonObject node, string? top)
        {
            foreach (var (key, child) in node.ToList())
            {
                candidates.Add((node, key, top ?? key));
                if (child is JsonObject o) Walk(o, top ?? key);
                if (child is JsonArray a) foreach (var item in a.OfType<JsonObject>()) Walk(item, top ?? key);
            }
        }

        Walk(body, null);
        return Pick(candidates);
    }

    private Guid RandomGuid()
    {
        var bytes = new byte[16];
        _random.NextBytes(bytes);
        return new Guid(bytes);
    }

    private T Pick<T>(IReadOnlyList<T> items) => items[_random.Next(items.Count)];

    [GeneratedRegex(@"^\d{4}-\d{2}-\d{2}T")]
    private static partial Regex IsoTimeLike();
}
