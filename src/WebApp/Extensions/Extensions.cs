namespace WebApp.Extensions;

internal static class Extensions
{
    /// <summary>Razor components (static server-side rendering), languages, sign-in, and the gateway's API.</summary>
    public static void AddWebAppServices(this WebApplicationBuilder builder)
    {
        builder.Services.AddRazorComponents();
        builder.Services.AddSingleton(TimeProvider.System);
        builder.Services.AddCascadingAuthenticationState();
        builder.AddWebAppLocalization();
        builder.AddWebAppAuthentication();
        builder.AddGatewayClients();
    }

    /// <summary>
    /// Errors as a page of our own, unknown paths as the not-found page, then the person's
    /// language, who they are, what they may open, and the antiforgery check of every form.
    /// </summary>
    public static void UseWebAppPipeline(this WebApplication app)
    {
        app.UseExceptionHandler("/error", createScopeForErrors: true);
        app.UseStatusCodePagesWithReExecute("/not-found", createScopeForStatusCodePages: true);
        app.UseRequestLocalization();
        app.UseWebAppSecurityHeaders();
        app.UseAuthentication();
        app.UseAuthorization();
        app.UseAntiforgery();
    }

    /// <summary>
    /// Nothing of the page comes from elsewhere and it runs no script, so the policy can be strict;
    /// no framing (clickjacking), no MIME sniffing.
    /// </summary>
    private static void UseWebAppSecurityHeaders(this WebApplication app) =>
        app.Use((context, next) =>
        {
            var headers = context.Response.Headers;
            headers.ContentSecurityPolicy = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; frame-ancestors 'none'; form-action 'self'";
            headers.XContentTypeOptions = "nosniff";
            headers["Referrer-Policy"] = "same-origin";
            return next(context);
        });
}
