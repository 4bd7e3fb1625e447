using System.Net;
using Bunit;
using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.DependencyInjection;
using WebApp.Components.Pages.Finder;
using WebApp.Tests.Gateway;

namespace WebApp.Tests.Components;

public sealed class OfferFinderTests : WebAppComponentTest
{
    public OfferFinderTests() =>
        Answer = _ => StubGateway.Json(HttpStatusCode.OK, $$"""{ "items": [{{OfferJson.Minimal}}], "page": 2, "pageSize": 20, "total": 45 }""");

    [Fact]
    public void Render_SearchFromTheQuery_AsksTheApiAndKeepsTheSearchInTheFormAndPagerLinks()
    {
        Services.GetRequiredService<NavigationManager>().NavigateTo("/offers?q=Sprachkafe&municipality=beckum&online=true&page=2");

        var finder = Render<OfferFinder>();

        var search = Gateway.Requests.Single(r => r.RequestUri!.AbsolutePath == "/api/offers").RequestUri!.Query;
        Assert.Contains("q=Sprachkafe", search);
        Assert.Contains("municipality=beckum", search);
        Assert.Contains("online=true", search);
        Assert.Contains("page=2", search);
        Assert.Equal("Sprachkafe", finder.Find("input#q").GetAttribute("value"));
        Assert.True(finder.Find("#municipality option[value=beckum]").HasAttribute("selected"));
        Assert.True(finder.Find("input#online").HasAttribute("checked"));
        Assert.Equal("/offers?q=Sprachkafe&municipality=beckum&online=true", finder.Find("a[rel=prev]").GetAttribute("href"));
        Assert.Equal("/offers?q=Sprachkafe&municipality=beckum&online=true&page=3", finder.Find("a[rel=next]").GetAttribute("href"));
        Assert.Contains("Gefundene Angebote: 45", finder.Find("#results-heading").TextContent);
        Assert.Equal("/offers/6f1b2c3d-0000-4000-8000-000000000001", finder.Find(".offer-card h3 a").GetAttribute("href"));
    }

    [Fact]
    public void Render_PageThatIsNotANumber_IsPageOne()
    {
        Services.GetRequiredService<NavigationManager>().NavigateTo("/offers?page=zwei");

        Render<OfferFinder>();

        Assert.Contains("page=1&", Gateway.Requests.Single(r => r.RequestUri!.AbsolutePath == "/api/offers").RequestUri!.Query);
    }

    [Fact]
    public void Render_ApiRefusesTheSearch_ShowsTheProblemInsteadOfFailing()
    {
        Answer = _ => StubGateway.Json(HttpStatusCode.BadRequest,
            """{ "status": 400, "title": "invalid", "errors": { "dayOfWeek": ["dayOfWeek must be monday … sunday."] } }""", "application/problem+json");
        Services.GetRequiredService<NavigationManager>().NavigateTo("/offers?dayOfWeek=someday");

        var finder = Render<OfferFinder>();

        Assert.Contains("Bitte prüfen Sie Ihre Angaben.", finder.Find("[role=alert]").TextContent);
        Assert.Contains("dayOfWeek must be monday", finder.Find("[role=alert]").TextContent);
        Assert.Empty(finder.FindAll(".offer-card"));
    }
}
