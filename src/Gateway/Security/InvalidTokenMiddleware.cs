using Microsoft.AspNetCore.Authentication;

namespace Gateway.Security;

/// <summary>
/// A request that sent a bearer token which authentication could not accept (malformed, expired,
/// not signed by a trusted key) ends here with a 401, and never reaches a service. It reads the
/// result UseAuthentication already has (the token is validated once); a valid token is forwarded
/// unchanged and each service validates it again (defence in depth).
/// </summary>
internal sealed class InvalidTokenMiddleware(RequestDelegate next)
{
    public async Task InvokeAsync(HttpContext context)
    {
        if (context.Request.Headers.Authorization.Count > 0
            && context.Features.Get<IAuthenticateResultFeature>()?.AuthenticateResult is not { Succeeded: true })
        {
            context.Response.Headers.WWWAuthenticate = "Bearer error=\"invalid_token\"";
            await GatewayProblems.WriteAsync(context, StatusCodes.Status401Unauthorized,
                "Invalid credentials", "The bearer token is missing, malformed, expired or not signed by a trusted key.");
            return;
        }

        await next(context);
    }
}
