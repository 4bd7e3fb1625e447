using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Authentication.OpenIdConnect;
using WebApp.Account;

namespace WebApp.Extensions;

internal static class AuthenticationExtensions
{
    /// <summary>
    /// People sign in to a cookie that also keeps their access token for the gateway. In
    /// Development the sign-in page asks the gateway's <c>/dev/tokens</c> for one; wherever
    /// <c>WebApp:Oidc:Authority</c> is configured, OpenID Connect against the county's provider
    /// signs them in and SaveTokens keeps its tokens in the same cookie.
    /// </summary>
    public static void AddWebAppAuthentication(this WebApplicationBuilder builder)
    {
        var oidc = builder.Configuration.GetSection(OidcOptions.SectionName).Get<OidcOptions>() ?? new OidcOptions();
        var useOidc = !string.IsNullOrEmpty(oidc.Authority);
        if (useOidc && string.IsNullOrEmpty(oidc.ClientId))
        {
            // Refused at start: otherwise every sign-in and every page would fail at request time.
            throw new InvalidOperationException($"{OidcOptions.SectionName}:ClientId must be set together with {OidcOptions.SectionName}:Authority.");
        }

        var authentication = builder.Services.AddAuthentication(options =>
            {
                options.DefaultScheme = CookieAuthenticationDefaults.AuthenticationScheme;
                options.DefaultChallengeScheme = CookieAuthenticationDefaults.AuthenticationScheme;
            })
            .AddCookie(cookie =>
            {
                cookie.Cookie.Name = "webapp.session";
                cookie.Cookie.HttpOnly = true;
                cookie.Cookie.SameSite = SameSiteMode.Lax;
                cookie.LoginPath = "/account/sign-in";
                cookie.AccessDeniedPath = "/account/denied";
                cookie.SlidingExpiration = false; // the cookie lives no longer than the token in it
            });

        if (useOidc)
        {
            authentication.AddOpenIdConnect(OpenIdConnectDefaults.AuthenticationScheme, options =>
            {
                options.Authority = oidc.Authority;
                options.ClientId = oidc.ClientId;
                options.ClientSecret = oidc.ClientSecret;
                options.ResponseType = "code";
                options.UsePkce = true;
                options.SaveTokens = true;
                options.GetClaimsFromUserInfoEndpoint = true;
                options.MapInboundClaims = false; // keep the platform's claim names: sub, role, municipality, org
                options.RequireHttpsMetadata = oidc.RequireHttpsMetadata;
                options.TokenValidationParameters.NameClaimType = WebAppPolicies.SubjectClaim;
                options.TokenValidationParameters.RoleClaimType = WebAppPolicies.RoleClaim;
                options.Scope.Clear();
                foreach (var scope in oidc.Scopes.Split(' ', StringSplitOptions.RemoveEmptyEntries))
                {
                    options.Scope.Add(scope);
                }
            });
        }

        builder.Services.AddSingleton(new SignInMode(builder.Environment.IsDevelopment(), useOidc));
        builder.Services.AddAuthorizationBuilder()
            .AddPolicy(WebAppPolicies.Coordination, policy => policy.RequireRole("coordinator", "admin"))
            .AddPolicy(WebAppPolicies.Volunteer, policy => policy.RequireRole("volunteer"));
    }
}

/// <summary><c>WebApp:Oidc</c>: the county's OpenID Connect provider.</summary>
internal sealed record OidcOptions
{
    public const string SectionName = "WebApp:Oidc";

    public string? Authority { get; init; }

    public string? ClientId { get; init; }

    public string? ClientSecret { get; init; }

    public bool RequireHttpsMetadata { get; init; } = true;

    /// <summary>The scopes asked for, separated by spaces; the provider's access token must be one the gateway accepts.</summary>
    public string Scopes { get; init; } = "openid profile";
}
