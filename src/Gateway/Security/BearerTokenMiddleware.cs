using Microsoft.AspNetCore.Authentication;

namespace Gateway.Security;

/// <summary>
/// The gateway validates a bearer token before forwarding (issuer, audience, lifetime, key): a bad
/// token is a 401 here and never reaches a service. Valid tokens are forwarded unchanged, and each
/// service validates them again (defence in depth) and decides what the caller may do.
/// </summary>
internal sealed class BearerTokenMiddleware(RequestDelegate next)
{
    public async Task InvokeAsync(HttpContext context)
    {
        if (context.Request.Headers.Authorization.Count > 0)
        {
            var result = await context.AuthenticateAsync();
            if (!result.Succeeded)
            {
                context.Response.Headers.WWWAuthenticate = "Bearer error=\"invalid_token\"";
                await GatewayProblems.WriteAsync(context, StatusCodes.Status401Unauthorized,
                    "Invalid credentials", "The bearer token is missing, malformed, expired or not signed by a trusted key.");
                return;
            }

            context.User = result.Principal;
        }

        await next(context);
    }
}
