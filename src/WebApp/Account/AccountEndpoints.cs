using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Authentication.OpenIdConnect;
using Microsoft.AspNetCore.Localization;
using Microsoft.AspNetCore.Mvc;
using WebApp.Extensions;

namespace WebApp.Account;

/// <summary>
/// Signing in and out, and the language choice: plain endpoints, since each only sets or clears a
/// cookie and redirects. The forms posting here carry the antiforgery token, which the
/// antiforgery middleware checks for every form-bound endpoint.
/// </summary>
public static class AccountEndpoints
{
    public static void MapAccountEndpoints(this WebApplication app)
    {
        app.MapPost("/account/dev-sign-in", ([FromForm] DevelopmentSignInForm form, HttpContext context, IHttpClientFactory factory, SignInMode mode) =>
            DevelopmentSignIn.SignInAsync(context, form, factory, mode));
        app.MapGet("/account/oidc-sign-in", OpenIdConnectChallenge);
        app.MapPost("/account/sign-out", SignOutAsync);
        app.MapGet("/culture", ChooseCulture);
    }

    private static IResult OpenIdConnectChallenge(string? returnUrl, SignInMode mode) => mode.OpenIdConnect
        ? TypedResults.Challenge(new AuthenticationProperties { RedirectUri = DevelopmentSignIn.LocalOrHome(returnUrl) }, [OpenIdConnectDefaults.AuthenticationScheme])
        : TypedResults.NotFound();

    private static async Task<IResult> SignOutAsync(HttpContext context, SignInMode mode, [FromForm] string? returnUrl)
    {
        await context.SignOutAsync(CookieAuthenticationDefaults.AuthenticationScheme);
        return TypedResults.LocalRedirect(DevelopmentSignIn.LocalOrHome(returnUrl));
    }

    /// <summary>
    /// <c>GET /culture?culture=ar&amp;returnUrl=/offers</c>: the language selector, a plain GET form
    /// (no JavaScript); the choice is kept in ASP.NET Core's culture cookie for a year.
    /// </summary>
    private static IResult ChooseCulture(HttpContext context, string? culture, string? returnUrl)
    {
        if (culture is not null && WebAppLocalization.Cultures.Contains(culture))
        {
            context.Response.Cookies.Append(CookieRequestCultureProvider.DefaultCookieName,
                CookieRequestCultureProvider.MakeCookieValue(new RequestCulture(culture)),
                new CookieOptions { Expires = DateTimeOffset.UtcNow.AddYears(1), IsEssential = true, HttpOnly = true, SameSite = SameSiteMode.Lax });
        }

        return TypedResults.LocalRedirect(DevelopmentSignIn.LocalOrHome(returnUrl));
    }
}
