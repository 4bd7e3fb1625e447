using System.IdentityModel.Tokens.Jwt;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using ServiceDefaults.Authentication;
using TestInfrastructure;

namespace Gateway.Tests;

public sealed class DevelopmentTokensTests(GatewayFixture gateway) : IClassFixture<GatewayFixture>
{
    [Fact]
    public async Task Post_InDevelopment_ReturnsTokenWithTheRequestedClaims()
    {
        using var client = gateway.Factory.CreateClient();

        using var response = await client.PostAsJsonAsync("/dev/tokens", new { role = "coordinator", municipality = "warendorf", sub = "c-1" });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var token = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("accessToken").GetString();
        var jwt = new JwtSecurityTokenHandler().ReadJwtToken(token);
        Assert.Equal("coordinator", jwt.Claims.Single(c => c.Type == "role").Value);
        Assert.Equal("warendorf", jwt.Claims.Single(c => c.Type == "municipality").Value);
        Assert.Equal("c-1", jwt.Subject);
    }

    [Fact]
    public async Task Post_UnknownRole_Returns400NamingRole()
    {
        using var client = gateway.Factory.CreateClient();

        using var response = await client.PostAsJsonAsync("/dev/tokens", new { role = "mayor" });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.True(problem.GetProperty("errors").TryGetProperty("role", out _));
    }

    [Fact]
    public async Task Post_OutsideDevelopment_Returns404()
    {
        await using var production = CreateProductionGateway();
        using var client = production.CreateClient();

        using var response = await client.PostAsJsonAsync("/dev/tokens", new { role = "admin" });

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task Get_DevelopmentSignedTokenOutsideDevelopment_Returns401AtTheGateway()
    {
        await using var production = CreateProductionGateway();
        using var client = production.CreateClient();
        client.DefaultRequestHeaders.Authorization = new("Bearer", DevelopmentTokens.Create("admin", "a-1"));

        using var response = await client.GetAsync(new Uri("/api/offers", UriKind.Relative));

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    private ServiceFactory<Program> CreateProductionGateway() => new(new Dictionary<string, string?>
    {
        ["Authentication:Jwt:SigningKey"] = new string('p', 48),
        ["services:offers-api:http:0"] = gateway.Offers.Address.ToString(),
        ["services:events-api:http:0"] = gateway.Events.Address.ToString(),
        ["services:volunteers-api:http:0"] = gateway.Events.Address.ToString(),
    }, environment: "Production");
}
