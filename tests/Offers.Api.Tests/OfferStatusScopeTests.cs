using System.Net;
using Offers.Api.Apis;
using Offers.Api.Tests.Support;
using ServiceDefaults.Authentication;
using static Offers.Api.Tests.Support.OfferClient;

namespace Offers.Api.Tests;

/// <summary>
/// Offers of every status in two municipalities, from coordinators and from one provider, seeded
/// once; the tests only read, so each list below is exactly what the database holds.
/// </summary>
public sealed class StatusScopeFixture : OffersFixture
{
    public const string ProviderOrganization = "caritas-ahlen";

    public override async Task InitializeAsync()
    {
        await base.InitializeAsync();
        var ahlen = Factory.CreateClientFor("coordinator", "coord-ahlen", "ahlen");
        var beckum = Factory.CreateClientFor("coordinator", "coord-beckum", "beckum");
        var caritas = Factory.CreateClientFor("provider", "prov-caritas", organization: ProviderOrganization);

        await CreateAsync(ahlen, ValidRequest("ahlen", "Ahlen Entwurf Stadt"));
        await CreatePublishedAsync(ahlen, ValidRequest("ahlen", "Ahlen Veröffentlicht"));
        await CreateArchivedAsync(ahlen, ValidRequest("ahlen", "Ahlen Archiv"));
        await CreateAsync(caritas, ValidRequest("ahlen", "Ahlen Entwurf Caritas"));
        await CreateAsync(beckum, ValidRequest("beckum", "Beckum Entwurf Stadt"));
        await CreatePublishedAsync(beckum, ValidRequest("beckum", "Beckum Veröffentlicht"));
        await CreateArchivedAsync(beckum, ValidRequest("beckum", "Beckum Archiv"));
        // Providers offer anywhere in the county: the organisation's offers in Beckum are its own too.
        await CreateAsync(caritas, ValidRequest("beckum", "Beckum Entwurf Caritas"));
        await CreateArchivedAsync(caritas, ValidRequest("beckum", "Beckum Archiv Caritas"));
    }

    private static async Task CreateArchivedAsync(HttpClient client, OfferRequest request)
    {
        var offer = await CreateAsync(client, request);
        Assert.Equal(HttpStatusCode.OK, (await client.PostAsync($"/api/offers/{offer.Id}/archive", null)).StatusCode);
    }
}

/// <summary>
/// <c>GET /api/offers?status=</c> (docs/api-extensions.md): every role with every status, each
/// seeing exactly the offers they may edit; published stays public and unchanged.
/// </summary>
public sealed class OfferStatusScopeTests(StatusScopeFixture fixture) : IClassFixture<StatusScopeFixture>
{
    private const string PublishedEverywhere = "Ahlen Veröffentlicht|Beckum Veröffentlicht";

    [Theory]
    [InlineData("coordinator", "draft", "Ahlen Entwurf Caritas|Ahlen Entwurf Stadt")]
    [InlineData("coordinator", "archived", "Ahlen Archiv")]
    [InlineData("coordinator", "all", "Ahlen Archiv|Ahlen Entwurf Caritas|Ahlen Entwurf Stadt|Ahlen Veröffentlicht")]
    [InlineData("coordinator", "published", PublishedEverywhere)]
    [InlineData("provider", "draft", "Ahlen Entwurf Caritas|Beckum Entwurf Caritas")]
    [InlineData("provider", "archived", "Beckum Archiv Caritas")]
    [InlineData("provider", "all", "Ahlen Entwurf Caritas|Beckum Archiv Caritas|Beckum Entwurf Caritas")]
    [InlineData("provider", "published", PublishedEverywhere)]
    [InlineData("admin", "draft", "Ahlen Entwurf Caritas|Ahlen Entwurf Stadt|Beckum Entwurf Caritas|Beckum Entwurf Stadt")]
    [InlineData("admin", "archived", "Ahlen Archiv|Beckum Archiv|Beckum Archiv Caritas")]
    [InlineData("admin", "all", "Ahlen Archiv|Ahlen Entwurf Caritas|Ahlen Entwurf Stadt|Ahlen Veröffentlicht|Beckum Archiv|Beckum Archiv Caritas|Beckum Entwurf Caritas|Beckum Entwurf Stadt|Beckum Veröffentlicht")]
    [InlineData("admin", "published", PublishedEverywhere)]
    [InlineData("anonymous", "published", PublishedEverywhere)]
    [InlineData("volunteer", "published", PublishedEverywhere)]
    [InlineData("partner", "published", PublishedEverywhere)]
    public async Task List_RoleAndStatus_ListsExactlyTheOffersOfThatStatusTheCallerMayEdit(string role, string status, string expectedTitles)
    {
        var result = await SearchAsync(Caller(role), $"status={status}&pageSize=100");

        Assert.Equal(expectedTitles.Split('|'), result.Items.Select(o => o.Title));
        Assert.Equal(expectedTitles.Split('|').Length, result.Total);
        Assert.All(result.Items, offer => Assert.True(status == "all" || offer.Status == status, $"{offer.Title} is {offer.Status}"));
    }

    [Theory]
    [InlineData("anonymous")]
    [InlineData("volunteer")]
    [InlineData("partner")]
    [InlineData("coordinator")]
    public async Task List_WithoutStatus_IsPublishedOffersForEveryoneAsBefore(string role)
    {
        var result = await SearchAsync(Caller(role), "pageSize=100");

        Assert.Equal(PublishedEverywhere.Split('|'), result.Items.Select(o => o.Title));
    }

    [Theory]
    [InlineData("draft")]
    [InlineData("archived")]
    [InlineData("all")]
    public async Task List_BeyondPublishedAnonymously_Returns401ProblemAskingForAToken(string status)
    {
        var response = await Caller("anonymous").GetAsync($"/api/offers?status={status}");

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal("Bearer", Assert.Single(response.Headers.WwwAuthenticate).Scheme);
    }

    [Theory]
    [InlineData("partner", "draft")]
    [InlineData("partner", "archived")]
    [InlineData("partner", "all")]
    [InlineData("volunteer", "draft")]
    [InlineData("volunteer", "archived")]
    [InlineData("volunteer", "all")]
    public async Task List_BeyondPublishedByPartnerOrVolunteer_Returns403Problem(string role, string status)
    {
        var response = await Caller(role).GetAsync($"/api/offers?status={status}");

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        var problem = await response.ReadAsync<Microsoft.AspNetCore.Mvc.ProblemDetails>();
        Assert.Equal(403, problem.Status);
        Assert.Contains(role == "partner" ? "partner key" : "those who may edit offers", problem.Detail, StringComparison.Ordinal);
    }

    [Fact]
    public async Task List_DraftsByCoordinatorNamingAnotherMunicipality_Returns403NamingBoth()
    {
        var response = await Caller("coordinator").GetAsync("/api/offers?status=draft&municipality=beckum");

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        var problem = await response.ReadAsync<Microsoft.AspNetCore.Mvc.ProblemDetails>();
        Assert.Contains("own municipality (ahlen)", problem.Detail, StringComparison.Ordinal);
        Assert.Contains("'beckum'", problem.Detail, StringComparison.Ordinal);
    }

    [Fact]
    public async Task List_DraftsByCoordinatorNamingTheirOwnMunicipality_IsTheSameAsWithout()
    {
        var named = await SearchAsync(Caller("coordinator"), "status=draft&municipality=ahlen");

        Assert.Equal(["Ahlen Entwurf Caritas", "Ahlen Entwurf Stadt"], named.Items.Select(o => o.Title));
    }

    [Fact]
    public async Task List_DraftsByProviderNamingAMunicipality_ListsTheOrganisationsOffersThere()
    {
        var result = await SearchAsync(Caller("provider"), "status=draft&municipality=beckum");

        Assert.Equal(["Beckum Entwurf Caritas"], result.Items.Select(o => o.Title));
    }

    [Fact]
    public async Task List_DraftsByAdminNamingAMunicipality_ListsThatMunicipalitysDrafts()
    {
        var result = await SearchAsync(Caller("admin"), "status=draft&municipality=beckum");

        Assert.Equal(["Beckum Entwurf Caritas", "Beckum Entwurf Stadt"], result.Items.Select(o => o.Title));
    }

    [Fact]
    public async Task List_DraftsByProviderWithoutOrganisation_Returns403()
    {
        var response = await fixture.Factory.CreateClientFor("provider", "prov-nobody").GetAsync("/api/offers?status=draft");

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }

    private HttpClient Caller(string role)
    {
        switch (role)
        {
            case "anonymous":
                return fixture.Factory.CreateAnonymousClient();
            case "partner":
                // What the gateway forwards for a request with a known X-Api-Key (the key itself never reaches a service).
                var partner = fixture.Factory.CreateAnonymousClient();
                partner.DefaultRequestHeaders.Add(PartnerCaller.HeaderName, PartnerCaller.Verified);
                return partner;
            case "coordinator":
                return fixture.Factory.CreateClientFor("coordinator", "coord-ahlen-reader", "ahlen");
            case "provider":
                return fixture.Factory.CreateClientFor("provider", "prov-caritas-reader", organization: StatusScopeFixture.ProviderOrganization);
            default:
                return fixture.Factory.CreateClientFor(role, role + "-reader");
        }
    }
}
