namespace Gateway.Security;

/// <summary>
/// Security headers on every response. The API documentation page gets a restrictive
/// Content-Security-Policy (its scripts and styles are served by the gateway itself); the JSON
/// API gets one that forbids everything, since nothing should ever render it as a page.
/// </summary>
internal sealed class SecurityHeadersMiddleware(RequestDelegate next)
{
    private const string DocsPolicy =
        "default-src 'none'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; connect-src 'self'; font-src 'self'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'";

    private const string ApiPolicy = "default-src 'none'; frame-ancestors 'none'";

    /// <summary>
    /// The reference page starts Scalar with one inline script; Scalar puts a fresh nonce on it
    /// for every request, and only a script with that nonce may run besides the gateway's own.
    /// </summary>
    private static string DocsPolicyFor(HttpContext context) =>
        context.Items[Scalar.AspNetCore.ScalarOptions.NonceHttpContextItemKey] is string nonce
            ? DocsPolicy.Replace("script-src 'self'", $"script-src 'self' 'nonce-{nonce}'", StringComparison.Ordinal)
            : DocsPolicy;

    public Task InvokeAsync(HttpContext context)
    {
        context.Response.OnStarting(() =>
        {
            var headers = context.Response.Headers;
            headers.XContentTypeOptions = "nosniff";
            headers["Referrer-Policy"] = "no-referrer";
            headers.XFrameOptions = "DENY";
            headers.ContentSecurityPolicy = context.Request.Path.StartsWithSegments("/docs") ? DocsPolicyFor(context) : ApiPolicy;
            // Responses of the services must not reveal what runs behind the gateway.
            headers.Remove("Server");
            headers.Remove("X-Powered-By");
            return Task.CompletedTask;
        });
        return next(context);
    }
}
