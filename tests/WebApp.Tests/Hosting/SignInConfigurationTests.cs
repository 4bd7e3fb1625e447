using Microsoft.AspNetCore.Authentication.OpenIdConnect;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace WebApp.Tests.Hosting;

/// <summary>How the web app signs people in outside Development (hosted in memory; no request reaches a gateway).</summary>
public sealed class SignInConfigurationTests
{
    [Fact]
    public void Production_WithOidcAuthority_SignsInWithOpenIdConnectAndKeepsTheTokensForTheGateway()
    {
        using var app = Host("Production", ("WebApp:Oidc:Authority", "https://login.kreis-warendorf.example"), ("WebApp:Oidc:ClientId", "webapp"));

        var oidc = app.Services.GetRequiredService<IOptionsMonitor<OpenIdConnectOptions>>().Get(OpenIdConnectDefaults.AuthenticationScheme);

        Assert.Equal("https://login.kreis-warendorf.example", oidc.Authority);
        Assert.Equal("webapp", oidc.ClientId);
        Assert.True(oidc.SaveTokens);
        Assert.Equal("code", oidc.ResponseType);
        Assert.False(oidc.MapInboundClaims);
        Assert.Equal("role", oidc.TokenValidationParameters.RoleClaimType);
    }

    [Fact]
    public async Task Production_SignInPage_OffersOpenIdConnectAndNoDevelopmentSignIn()
    {
        using var app = Host("Production", ("WebApp:Oidc:Authority", "https://login.kreis-warendorf.example"), ("WebApp:Oidc:ClientId", "webapp"));
        using var client = app.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });

        var page = await client.GetStringAsync("/account/sign-in");

        Assert.DoesNotContain("/account/dev-sign-in", page, StringComparison.Ordinal);
        Assert.Contains("/account/oidc-sign-in", page, StringComparison.Ordinal);
        Assert.Equal(new WebApp.Account.SignInMode(Development: false, OpenIdConnect: true), app.Services.GetRequiredService<WebApp.Account.SignInMode>());
    }

    private static WebApplicationFactory<Program> Host(string environment, params (string Key, string Value)[] settings) =>
        new WebApplicationFactory<Program>().WithWebHostBuilder(host =>
        {
            host.UseEnvironment(environment);
            foreach (var (key, value) in settings)
            {
                host.UseSetting(key, value);
            }
        });
}
