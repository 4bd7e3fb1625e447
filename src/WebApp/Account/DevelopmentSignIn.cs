using System.Net.Http.Json;
using System.Security.Claims;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.IdentityModel.JsonWebTokens;
using WebApp.Extensions;
using WebApp.Gateway;

namespace WebApp.Account;

/// <summary>What the development sign-in form sends: a role, and the municipality or organisation it needs.</summary>
public sealed record DevelopmentSignInForm(string? Role, string? Municipality, string? Org, string? Sub, string? ReturnUrl);

/// <summary>
/// Development only: asks the gateway's <c>POST /dev/tokens</c> for a token of the chosen role and
/// signs the person in with it. The token is the gateway's own (it validates it on every call);
/// its claims are read here only to know whom to show which pages, and the cookie ends with it.
/// </summary>
public static class DevelopmentSignIn
{
    public static readonly string[] Roles = ["volunteer", "coordinator", "provider", "admin"];

    public static async Task<IResult> SignInAsync(HttpContext context, DevelopmentSignInForm form, IHttpClientFactory httpClientFactory, SignInMode mode)
    {
        if (!mode.Development)
        {
            return TypedResults.NotFound();
        }

        var http = httpClientFactory.CreateClient(GatewayExtensions.DevelopmentSignInClient);
        var body = new { role = form.Role, municipality = Blank(form.Municipality), org = Blank(form.Org), sub = Blank(form.Sub) };
        ApiResult<TokenAnswer> answer;
        using (var request = new HttpRequestMessage(HttpMethod.Post, "/dev/tokens") { Content = JsonContent.Create(body) })
        {
            answer = await GatewayResponses.SendAsync<TokenAnswer>(http, request, context.RequestAborted);
        }

        if (!answer.Succeeded || answer.Value?.AccessToken is not { Length: > 0 } accessToken)
        {
            var field = answer.Problem?.Errors.Keys.FirstOrDefault() ?? "role";
            return TypedResults.Redirect($"/account/sign-in?failed={Uri.EscapeDataString(field)}&returnUrl={Uri.EscapeDataString(LocalOrHome(form.ReturnUrl))}");
        }

        var token = new JsonWebToken(accessToken);
        var principal = new ClaimsPrincipal(new ClaimsIdentity(
            token.Claims.Where(c => c.Type is WebAppPolicies.SubjectClaim or WebAppPolicies.RoleClaim or WebAppPolicies.MunicipalityClaim or WebAppPolicies.OrganisationClaim)
                .Select(c => new Claim(c.Type, c.Value)),
            CookieAuthenticationDefaults.AuthenticationScheme, WebAppPolicies.SubjectClaim, WebAppPolicies.RoleClaim));
        var properties = new AuthenticationProperties { ExpiresUtc = token.ValidTo, IsPersistent = false };
        properties.StoreTokens([new AuthenticationToken { Name = GatewayCredentialsHandler.AccessTokenName, Value = accessToken }]);
        await context.SignInAsync(CookieAuthenticationDefaults.AuthenticationScheme, principal, properties);
        return TypedResults.LocalRedirect(LocalOrHome(form.ReturnUrl));
    }

    /// <summary>Only paths of this app: a sign-in link must not send anyone elsewhere (open redirect).</summary>
    public static string LocalOrHome(string? returnUrl) =>
        returnUrl is { Length: > 0 } && returnUrl[0] == '/' && !returnUrl.StartsWith("//", StringComparison.Ordinal) && !returnUrl.StartsWith("/\\", StringComparison.Ordinal)
            ? returnUrl
            : "/";

    private static string? Blank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();

    private sealed record TokenAnswer(string? AccessToken);
}
