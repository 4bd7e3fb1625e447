using System.Text.Json.Nodes;

namespace Gateway.OpenApi;

/// <summary>The parts of the public document that belong to the gateway rather than a service.</summary>
internal static class OpenApiDocumentParts
{
    private static readonly (string Status, string Description)[] GatewayResponses =
    [
        ("401", "No or bad credentials (bearer token or X-Api-Key)."),
        ("413", "Request body larger than 256 KB."),
        ("415", "Request body is not application/json."),
        ("429", "Rate limited; see Retry-After."),
        ("502", "The service behind the gateway failed."),
        ("503", "The service behind the gateway is unavailable."),
        ("504", "The service behind the gateway timed out."),
    ];

    public static JsonObject CreateSkeleton() => new()
    {
        ["openapi"] = "3.1.1",
        ["info"] = new JsonObject
        {
            ["title"] = "Integration.Aspire public API",
            ["version"] = "v1",
            ["description"] = "Offers, volunteers and events of the county's integration work. Errors are application/problem+json (RFC 9457) with a traceId.",
        },
        ["paths"] = new JsonObject(),
        ["components"] = new JsonObject
        {
            ["schemas"] = new JsonObject
            {
                ["GatewayProblem"] = new JsonObject
                {
                    ["type"] = "object",
                    ["properties"] = new JsonObject
                    {
                        ["status"] = new JsonObject { ["type"] = "integer" },
                        ["title"] = new JsonObject { ["type"] = "string" },
                        ["detail"] = new JsonObject { ["type"] = "string" },
                        ["traceId"] = new JsonObject { ["type"] = "string" },
                    },
                },
            },
            ["securitySchemes"] = new JsonObject
            {
                ["bearer"] = new JsonObject { ["type"] = "http", ["scheme"] = "bearer", ["bearerFormat"] = "JWT" },
                ["apiKey"] = new JsonObject { ["type"] = "apiKey", ["in"] = "header", ["name"] = "X-Api-Key" },
            },
        },
    };

    public static void AddGatewayPaths(JsonObject paths)
    {
        paths["/dev/tokens"] = new JsonObject
        {
            ["post"] = new JsonObject
            {
                ["operationId"] = "CreateDevelopmentToken",
                ["summary"] = "Development only: issue a token signed with the development key (404 elsewhere).",
                ["description"] = "Who may call: anyone, without signing in (only in the Development environment).",
                ["tags"] = new JsonArray("Gateway"),
                ["responses"] = new JsonObject
                {
                    ["200"] = new JsonObject { ["description"] = "{ accessToken }" },
                    ["400"] = new JsonObject { ["description"] = "Unknown role or missing municipality/org." },
                    ["404"] = new JsonObject { ["description"] = "Not the Development environment." },
                },
            },
        };
        foreach (var probe in new[] { "/health", "/alive" })
        {
            paths[probe] = new JsonObject
            {
                ["get"] = new JsonObject
                {
                    ["operationId"] = probe == "/health" ? "GetPlatformHealth" : "GetGatewayLiveness",
                    ["summary"] = probe == "/health" ? "Ready: every service behind the gateway reports healthy." : "The gateway process answers.",
                    ["description"] = "Who may call: anyone, without signing in.",
                    ["tags"] = new JsonArray("Operations"),
                    ["responses"] = new JsonObject
                    {
                        ["200"] = new JsonObject { ["description"] = "Healthy" },
                        ["503"] = new JsonObject { ["description"] = "Unhealthy; the body lists each check" },
                    },
                },
            };
        }
    }

    public static void AddGatewayResponses(JsonObject paths)
    {
        foreach (var (path, item) in paths)
        {
            if (!path.StartsWith("/api/", StringComparison.Ordinal) || item is not JsonObject operations)
            {
                continue;
            }

            foreach (var (_, operation) in operations)
            {
                if (operation?["responses"] is not JsonObject responses)
                {
                    continue;
                }

                foreach (var (status, description) in GatewayResponses)
                {
                    responses.TryAdd(status, new JsonObject
                    {
                        ["description"] = description,
                        ["content"] = new JsonObject
                        {
                            ["application/problem+json"] = new JsonObject
                            {
                                ["schema"] = new JsonObject { ["$ref"] = "#/components/schemas/GatewayProblem" },
                            },
                        },
                    });
                }
            }
        }
    }
}
