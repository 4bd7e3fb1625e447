using System.Net;
using System.Net.Http.Headers;

namespace EndToEnd;

/// <summary>Partner keys and bearer tokens at the gateway: unknown keys and forged tokens are 401.</summary>
[Collection(PlatformCollection.Name)]
public sealed class CredentialTests(PlatformFixture platform)
{
    [Fact]
    public async Task PublicRead_UnknownApiKey_Is401Problem()
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "/api/offers");
        request.Headers.Add("X-Api-Key", PlatformFixture.PartnerKey + "-guessed");

        using var response = await platform.Gateway.SendAsync(request);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        ProblemAssertions.AssertWithoutInternals(platform, response, await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task PublicRead_KnownApiKey_IsAnswered()
    {
        using var response = await platform.SendAsync(Callers.Partner, HttpMethod.Get, "/api/offers");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task HandMadeToken_SignedWithDevelopmentKey_IsAccepted()
    {
        // The control for the forgeries below: the same token with the right key passes.
        using var response = await SendWithTokenAsync(ForgedTokens.Admin(ForgedTokens.DevelopmentKey));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task AdminToken_SignedWithAnotherKey_Is401()
    {
        using var response = await SendWithTokenAsync(ForgedTokens.Admin("a-key-the-platform-has-never-seen-0123456789abcdef"));

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        ProblemAssertions.AssertWithoutInternals(platform, response, await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task AdminToken_Expired_Is401()
    {
        using var response = await SendWithTokenAsync(ForgedTokens.Admin(ForgedTokens.DevelopmentKey, TimeSpan.FromHours(-1)));

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Fact]
    public async Task AdminToken_WithoutSignature_Is401()
    {
        using var response = await SendWithTokenAsync(ForgedTokens.Unsigned());

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    private async Task<HttpResponseMessage> SendWithTokenAsync(string token)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "/api/volunteers");
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return await platform.Gateway.SendAsync(request);
    }
}
