using System.Globalization;
using System.Net;
using System.Security.Claims;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using WebApp.Gateway;

namespace WebApp.Tests.Gateway;

public sealed class GatewayCredentialsHandlerTests
{
    [Fact]
    public async Task Send_SignedIn_ForwardsTheSessionTokenAsBearerAndNoPartnerKey()
    {
        var request = await SendAsync(SignedIn("token-of-anna"), culture: "ar");

        Assert.Equal("Bearer token-of-anna", request.Headers.Authorization?.ToString());
        Assert.False(request.Headers.Contains("X-Api-Key"));
        Assert.Equal("ar", request.Headers.AcceptLanguage.Single().Value);
    }

    [Fact]
    public async Task Send_Anonymous_SendsTheWebAppsPartnerKey()
    {
        var request = await SendAsync(new DefaultHttpContext(), culture: "de");

        Assert.Null(request.Headers.Authorization);
        Assert.Equal("webapp-key", request.Headers.GetValues("X-Api-Key").Single());
        Assert.Equal("de", request.Headers.AcceptLanguage.Single().Value);
    }

    private static async Task<HttpRequestMessage> SendAsync(HttpContext context, string culture)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?> { ["WebApp:ApiKey"] = "webapp-key" }).Build();
        var gateway = new StubGateway(_ => new HttpResponseMessage(HttpStatusCode.OK));
        var handler = new GatewayCredentialsHandler(new HttpContextAccessor { HttpContext = context }, configuration) { InnerHandler = gateway };
        using var http = new HttpClient(handler) { BaseAddress = new Uri("http://gateway") };
        var previous = CultureInfo.CurrentUICulture;
        CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo(culture);
        try
        {
            await http.GetAsync("/api/offers");
        }
        finally
        {
            CultureInfo.CurrentUICulture = previous;
        }

        return Assert.Single(gateway.Requests);
    }

    private static DefaultHttpContext SignedIn(string token)
    {
        var principal = new ClaimsPrincipal(new ClaimsIdentity([new Claim("sub", "anna"), new Claim("role", "volunteer")], "Cookies"));
        var properties = new AuthenticationProperties();
        properties.StoreTokens([new AuthenticationToken { Name = GatewayCredentialsHandler.AccessTokenName, Value = token }]);
        var services = new ServiceCollection()
            .AddSingleton<IAuthenticationService>(new SessionWithToken(new AuthenticationTicket(principal, properties, "Cookies")))
            .BuildServiceProvider();
        return new DefaultHttpContext { User = principal, RequestServices = services };
    }

    /// <summary>The sign-in cookie as the authentication middleware reads it: the person and their token.</summary>
    private sealed class SessionWithToken(AuthenticationTicket ticket) : IAuthenticationService
    {
        public Task<AuthenticateResult> AuthenticateAsync(HttpContext context, string? scheme) => Task.FromResult(AuthenticateResult.Success(ticket));
        public Task ChallengeAsync(HttpContext context, string? scheme, AuthenticationProperties? properties) => Task.CompletedTask;
        public Task ForbidAsync(HttpContext context, string? scheme, AuthenticationProperties? properties) => Task.CompletedTask;
        public Task SignInAsync(HttpContext context, string? scheme, ClaimsPrincipal principal, AuthenticationProperties? properties) => Task.CompletedTask;
        public Task SignOutAsync(HttpContext context, string? scheme, AuthenticationProperties? properties) => Task.CompletedTask;
    }
}
