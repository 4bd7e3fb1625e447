using System.Net;
using System.Net.Http.Json;
using Offers.Api.Apis;
using Offers.Api.Demo;
using Offers.Api.Tests.Support;
using ReferenceData;
using static Offers.Api.Tests.Support.OfferClient;

namespace Offers.Api.Tests;

/// <summary>The Offers service with the demo catalogue loaded through its admin endpoint.</summary>
public sealed class DemoDataFixture : OffersFixture
{
    public int Added { get; private set; }

    public override async Task InitializeAsync()
    {
        await base.InitializeAsync();
        var response = await Factory.CreateClientFor("admin", "seed").PostAsync("/api/offers/demo-data", null);
        response.EnsureSuccessStatusCode();
        Added = (await response.ReadAsync<DemoDataApi.DemoDataResponse>()).Added;
    }
}

public sealed class DemoDataTests(DemoDataFixture fixture) : IClassFixture<DemoDataFixture>
{
    [Fact]
    public void DemoTemplates_ForEveryMunicipality_PassTheValidator()
    {
        var county = KreisWarendorf.Create();
        for (var m = 0; m < county.Municipalities.Count; m++)
        {
            foreach (var template in DemoOfferTemplates.All)
            {
                var errors = OfferRequestValidator.Validate(DemoDataLoader.ToRequest(template, county.Municipalities[m], m), county);
                Assert.True(errors.IsValid, string.Join("; ", errors.ToDictionary().Select(e => $"{e.Key}: {string.Join(", ", e.Value)}")));
            }
        }
    }

    [Fact]
    public async Task LoadDemoData_Once_PublishesAtLeast60DemoOffersInAll13Municipalities()
    {
        var offers = (await SearchAsync(fixture.Factory.CreateAnonymousClient(), "pageSize=100")).Items;

        Assert.True(fixture.Added >= 60);
        Assert.True(offers.Count >= 60);
        Assert.All(offers, o => Assert.True(o.Demo));
        Assert.Equal(13, offers.Select(o => o.Municipality).Distinct().Count());
        foreach (var language in new[] { "en", "ar", "uk" })
        {
            Assert.Contains(offers, o => o.Translations.ContainsKey(language));
        }
    }

    [Fact]
    public async Task LoadDemoData_Again_AddsNothing()
    {
        var response = await fixture.Factory.CreateClientFor("admin", "seed").PostAsync("/api/offers/demo-data", null);

        Assert.Equal(0, (await response.ReadAsync<DemoDataApi.DemoDataResponse>()).Added);
    }

    [Fact]
    public async Task LoadDemoData_AsCoordinator_Returns403()
    {
        var response = await fixture.Factory.CreateClientFor("coordinator", "c", "ahlen").PostAsync("/api/offers/demo-data", null);

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }

    [Fact]
    public async Task Search_DemoDataInArabic_FindsByArabicText()
    {
        var result = await SearchAsync(fixture.Factory.CreateAnonymousClient(), "q=" + Uri.EscapeDataString("الألمانية") + "&lang=ar");

        Assert.NotEmpty(result.Items);
        Assert.All(result.Items, o => Assert.Equal("ar", o.Language));
    }

    [Fact]
    public async Task GetOverlaps_InDemoData_FindsNoneBetweenOffersOfOneTemplateAcrossMunicipalities()
    {
        var groups = await fixture.Factory.CreateClientFor("admin", "a").GetFromJsonAsync<List<OverlapGroupResponse>>("/api/offers/overlaps?municipality=ahlen", Json);

        Assert.All(groups!, g => Assert.All(g.Offers, o => Assert.True(o.Municipality == "ahlen" || g.Reasons.Contains("both-online"))));
    }
}
