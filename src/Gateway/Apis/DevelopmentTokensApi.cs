using Microsoft.AspNetCore.Http.HttpResults;
using ServiceDefaults.Api;
using ServiceDefaults.Authentication;

namespace Gateway.Apis;

public sealed record DevelopmentTokenRequest(string? Role, string? Sub, string? Municipality, string? Org);

public sealed record DevelopmentTokenResponse(string AccessToken);

/// <summary>
/// <c>POST /dev/tokens</c> (api.md): signed development tokens for local work and tests. Mapped
/// only in the Development environment; elsewhere the path does not exist (404) and the services
/// reject the development key.
/// </summary>
public static class DevelopmentTokensApi
{
    public static void MapDevelopmentTokensApi(this WebApplication app)
    {
        if (!app.Environment.IsDevelopment())
        {
            return;
        }

        app.MapPost("/dev/tokens", CreateToken).AllowAnonymous();
    }

    public static Results<Ok<DevelopmentTokenResponse>, ValidationProblem> CreateToken(DevelopmentTokenRequest request)
    {
        var errors = new ValidationErrors()
            .AddIf(request.Role is null || !PlatformRoles.All.Contains(request.Role), "role",
                $"role must be one of: {string.Join(", ", PlatformRoles.All.Order())}.")
            .AddIf(request.Role == PlatformRoles.Coordinator && string.IsNullOrWhiteSpace(request.Municipality), "municipality",
                "A coordinator token needs the municipality they serve.")
            .AddIf(request.Role == PlatformRoles.Provider && string.IsNullOrWhiteSpace(request.Org), "org",
                "A provider token needs the organisation.");
        if (!errors.IsValid)
        {
            return errors.ToProblem();
        }

        var subject = string.IsNullOrWhiteSpace(request.Sub) ? Guid.NewGuid().ToString() : request.Sub;
        return TypedResults.Ok(new DevelopmentTokenResponse(
            DevelopmentTokens.Create(request.Role!, subject, request.Municipality, request.Org)));
    }
}
