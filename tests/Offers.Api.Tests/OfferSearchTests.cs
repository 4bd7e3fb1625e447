using ServiceDefaults.Api;
using Offers.Api.Apis;
using Offers.Api.Tests.Support;
using static Offers.Api.Tests.Support.OfferClient;

namespace Offers.Api.Tests;

/// <summary>A small published catalogue, seeded once, searched many ways.</summary>
public sealed class SearchFixture : OffersFixture
{
    public override async Task InitializeAsync()
    {
        await base.InitializeAsync();
        var admin = Factory.CreateClientFor("admin", "seed");
        var offers = new[]
        {
            ValidRequest("warendorf", "Deutschkurs für Frauen") with { Summary = "Sprachkurs mit Kinderbetreuung", Languages = ["de", "ar"], TargetGroups = ["women"], Schedule = [new WeeklySlotDto("tuesday", "09:00", "11:00")], Translations = new() { ["uk"] = new TranslationDto("Курс німецької для жінок", null, null) } },
            ValidRequest("ahlen", "Begegnungscafé International") with { Category = "encounter", Summary = "Treffpunkt für alle", Location = null, Languages = ["de", "tr"], TargetGroups = ["all"], Schedule = [new WeeklySlotDto("friday", "15:00", "18:00")], Translations = new() { ["en"] = new TranslationDto("International meeting café", "A meeting point for everyone", null) } },
            ValidRequest("oelde", "Hausaufgabenhilfe") with { Category = "youth", Summary = "Hilfe bei den Hausaufgaben", Description = "Ehrenamtliche helfen Schulkindern.", Location = null, Languages = ["de"], TargetGroups = ["children"], Schedule = [new WeeklySlotDto("wednesday", "14:00", "16:00")], Translations = [] },
            ValidRequest("telgte", "Asylberatung") with { Category = "legal", Summary = "Beratung zu Aufenthalt und Asylverfahren", Location = new LocationDto(51.98, 7.78), Online = true, Languages = ["de", "fa"], TargetGroups = ["newcomers"], Schedule = [new WeeklySlotDto("monday", "10:00", "12:00")], Translations = [] },
        };
        foreach (var offer in offers)
        {
            await CreatePublishedAsync(admin, offer);
        }

        await CreateAsync(admin, ValidRequest("warendorf", "Deutschkurs Entwurf"));
    }
}

public sealed class OfferSearchTests(SearchFixture fixture) : IClassFixture<SearchFixture>
{
    private Task<ServiceDefaults.Api.PagedResult<OfferResponse>> Search(string query) =>
        SearchAsync(fixture.Factory.CreateAnonymousClient(), query);

    private static List<string> Titles(ServiceDefaults.Api.PagedResult<OfferResponse> result) => result.Items.Select(o => o.Title).ToList();

    [Fact]
    public async Task Search_NoFilter_ReturnsPublishedOnlyOrderedByTitle()
    {
        var result = await Search("");

        Assert.Equal(["Asylberatung", "Begegnungscafé International", "Deutschkurs für Frauen", "Hausaufgabenhilfe"], Titles(result));
        Assert.Equal(4, result.Total);
    }

    [Fact]
    public async Task Search_PluralWord_FindsSingularByStemming()
    {
        Assert.Equal(["Deutschkurs für Frauen"], Titles(await Search("q=Deutschkurse")));
    }

    [Fact]
    public async Task Search_Typo_StillFinds()
    {
        Assert.Contains("Hausaufgabenhilfe", Titles(await Search("q=Hausaufgabnhilfe")));
    }

    [Fact]
    public async Task Search_Prefix_Finds()
    {
        Assert.Contains("Begegnungscafé International", Titles(await Search("q=Begegn")));
    }

    [Fact]
    public async Task Search_WithoutAccent_FindsAccentedTitle()
    {
        Assert.Contains("Begegnungscafé International", Titles(await Search("q=cafe")));
    }

    [Fact]
    public async Task Search_TranslatedText_FindsOfferAndReturnsTranslationForLang()
    {
        var result = await Search("q=meeting&lang=en");

        var offer = Assert.Single(result.Items);
        Assert.Equal("International meeting café", offer.Title);
        Assert.Equal("en", offer.Language);
    }

    [Fact]
    public async Task Search_AcceptLanguageWithoutTranslation_FallsBackToGerman()
    {
        var client = fixture.Factory.CreateAnonymousClient();
        client.DefaultRequestHeaders.AcceptLanguage.ParseAdd("uk-UA, en;q=0.5");

        var result = await SearchAsync(client, "category=language");

        Assert.Equal("Курс німецької для жінок", result.Items.Single().Title);
        var other = await SearchAsync(client, "category=youth");
        Assert.Equal("Hausaufgabenhilfe", other.Items.Single().Title);
        Assert.Equal("de", other.Items.Single().Language);
    }

    [Fact]
    public async Task Search_Relevance_RanksTitleMatchFirst()
    {
        var result = await Search("q=Beratung");

        Assert.Equal("Asylberatung", result.Items.First().Title);
    }

    [Fact]
    public async Task Search_NearWithRadius_UsesMunicipalityCentreForOffersWithoutCoordinates()
    {
        // Oelde's centre is 51.8258, 8.1434; the Hausaufgabenhilfe has no coordinates of its own.
        var result = await Search("near=51.83,8.14&radiusKm=3");

        Assert.Equal(["Hausaufgabenhilfe"], Titles(result));
        Assert.True(result.Items[0].DistanceKm < 1);
    }

    [Fact]
    public async Task Search_Near_OrdersByDistance()
    {
        var result = await Search("near=51.7633,7.8912");

        Assert.Equal("Begegnungscafé International", result.Items[0].Title);
        Assert.True(result.Items.Zip(result.Items.Skip(1)).All(p => p.First.DistanceKm <= p.Second.DistanceKm));
    }

    [Theory]
    [InlineData("municipality=ahlen", "Begegnungscafé International")]
    [InlineData("region=nordkreis&category=legal", "Asylberatung")]
    [InlineData("language=fa&online=true", "Asylberatung")]
    [InlineData("targetGroup=women&dayOfWeek=tuesday&language=ar", "Deutschkurs für Frauen")]
    [InlineData("q=Kurs&municipality=warendorf&category=language", "Deutschkurs für Frauen")]
    public async Task Search_CombinedFilters_FindExactlyTheMatchingOffer(string query, string title)
    {
        Assert.Equal([title], Titles(await Search(query)));
    }

    [Theory]
    [InlineData("municipality=ahlen&category=legal")]
    [InlineData("dayOfWeek=sunday")]
    [InlineData("q=Fahrradwerkstatt")]
    public async Task Search_NoMatch_ReturnsEmptyPage(string query)
    {
        var result = await Search(query);

        Assert.Empty(result.Items);
        Assert.Equal(0, result.Total);
    }

    [Fact]
    public async Task Search_Paging_ReturnsTheRequestedSliceAndTotal()
    {
        var result = await Search("page=2&pageSize=3");

        Assert.Equal(["Hausaufgabenhilfe"], Titles(result));
        Assert.Equal(4, result.Total);
        Assert.Equal(2, result.Page);
        Assert.Equal(3, result.PageSize);
        Assert.Equal(4, (await Search("page=9&pageSize=3")).Total);
    }
}
