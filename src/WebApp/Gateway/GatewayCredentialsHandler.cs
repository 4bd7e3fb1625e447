using System.Globalization;
using System.Net.Http.Headers;
using Microsoft.AspNetCore.Authentication;

namespace WebApp.Gateway;

/// <summary>
/// Every request to the gateway carries what the person in the browser brings: their access token
/// as <c>Bearer</c> (kept in the sign-in cookie's properties, by the development sign-in and by
/// OpenID Connect's SaveTokens alike), or else the web app's partner key, and their language as <c>Accept-Language</c>, so the API
/// answers with translated texts where present.
/// </summary>
public sealed class GatewayCredentialsHandler(IHttpContextAccessor httpContextAccessor, IConfiguration configuration) : DelegatingHandler
{
    public const string AccessTokenName = "access_token";

    /// <summary>The web app's own partner key (<c>WebApp:ApiKey</c>), for calls on behalf of anonymous visitors.</summary>
    private readonly string? _apiKey = configuration["WebApp:ApiKey"] is { Length: > 0 } key ? key : null;

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        if (request.Headers.AcceptLanguage.Count == 0)
        {
            request.Headers.AcceptLanguage.Add(new StringWithQualityHeaderValue(CultureInfo.CurrentUICulture.TwoLetterISOLanguageName));
        }

        if (request.Headers.Authorization is null && httpContextAccessor.HttpContext is { User.Identity.IsAuthenticated: true } context
            && await context.GetTokenAsync(AccessTokenName) is { Length: > 0 } token)
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        }
        else if (request.Headers.Authorization is null && _apiKey is not null)
        {
            // Anonymous visitors all arrive from the web app's address: the partner key gives them
            // the web app's own rate limit instead of one shared anonymous allowance.
            request.Headers.TryAddWithoutValidation("X-Api-Key", _apiKey);
        }

        return await base.SendAsync(request, cancellationToken);
    }
}
