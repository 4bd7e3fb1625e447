using System.Net;
using System.Security.Claims;
using Bunit;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using WebApp.Components.Pages.Coordination;
using WebApp.Tests.Gateway;

namespace WebApp.Tests.Components;

/// <summary>The coordination workspace: a municipality's offers of every status, filtered by status and paged.</summary>
public sealed class CoordinationHomeTests : WebAppComponentTest
{
    public CoordinationHomeTests() => Answer = _ => StubGateway.Json(HttpStatusCode.OK, $$"""
        { "items": [{{Offer("draft", "Sprachcafé Entwurf", helpers: 2)}}, {{Offer("published", "Nähcafé", helpers: 2)}}, {{Offer("archived", "Radkurs 2025", helpers: 0)}}],
          "page": 2, "pageSize": 50, "total": 120 }
        """);

    [Fact]
    public void Render_CoordinatorWithStatusAndPage_ListsTheirOwnMunicipalityWithThatStatusAndKeepsItInFormAndPager()
    {
        var page = RenderFor(Coordinator("beckum"), "/coordination?municipality=ahlen&status=draft&page=2");

        var query = ListRequest().Query;
        Assert.Contains("municipality=beckum", query); // their own, whatever the address says
        Assert.Contains("status=draft", query);
        Assert.Contains("page=2", query);
        Assert.True(page.Find("#status-filter option[value=draft]").HasAttribute("selected"));
        Assert.Empty(page.FindAll("#scope-municipality")); // a coordinator chooses no municipality
        Assert.Equal("/coordination?municipality=beckum&status=draft", page.Find("a[rel=prev]").GetAttribute("href"));
        Assert.Equal("/coordination?municipality=beckum&status=draft&page=3", page.Find("a[rel=next]").GetAttribute("href"));
        Assert.Equal("get", page.Find("#status-filter").Closest("form")!.GetAttribute("method"));
    }

    [Fact]
    public void Render_WithoutStatus_ListsEveryStatusDraftsIncludedEachWithItsStatus()
    {
        var page = RenderFor(Coordinator("beckum"), "/coordination");

        Assert.Contains("status=all", ListRequest().Query);
        Assert.True(page.Find("#status-filter option[value=all]").HasAttribute("selected"));
        var rows = page.FindAll("tbody tr").Select(row => row.QuerySelectorAll("td").Select(cell => cell.TextContent.Trim()).Take(2).ToArray()).ToList();
        Assert.Equal([["Sprachcafé Entwurf", "Entwurf"], ["Nähcafé", "Veröffentlicht"], ["Radkurs 2025", "Archiviert"]], rows);
        Assert.Contains("Angebote in dieser Liste: 120", page.Find("#offer-count").TextContent);
    }

    [Fact]
    public void Render_DraftWantingHelpers_OffersEditingButNoVolunteerMatching()
    {
        var page = RenderFor(Coordinator("beckum"), "/coordination");

        // Volunteers learn of an offer when it is published: a draft has no matches to find yet.
        Assert.Equal(["Passende Ehrenamtliche für Nähcafé"], page.FindAll("a[href$='/matches']").Select(a => a.GetAttribute("aria-label")));
        Assert.Equal(3, page.FindAll("tbody a[href^='/coordination/offers/']:not([href$='/matches'])").Count);
    }

    [Fact]
    public void Render_Admin_ChoosesMunicipalityAndStatusInOneForm()
    {
        var page = RenderFor(Admin(), "/coordination?municipality=ahlen&status=archived");

        var query = ListRequest().Query;
        Assert.Contains("municipality=ahlen", query);
        Assert.Contains("status=archived", query);
        var form = page.Find("#status-filter").Closest("form")!;
        Assert.NotNull(form.QuerySelector("#scope-municipality option[value=ahlen][selected]"));
        Assert.NotNull(form.QuerySelector("#status-filter option[value=archived][selected]"));
        Assert.Equal("/coordination", form.GetAttribute("action"));
    }

    [Fact]
    public void Render_ApiRefusesTheList_ShowsTheProblemInsteadOfATable()
    {
        Answer = _ => StubGateway.Json(HttpStatusCode.BadRequest,
            """{ "status": 400, "title": "invalid", "errors": { "status": ["status must be one of published, draft, archived, all."] } }""", "application/problem+json");

        var page = RenderFor(Coordinator("beckum"), "/coordination?status=entwurf");

        Assert.Contains("status=entwurf", ListRequest().Query);
        Assert.Contains("status must be one of", page.Find("[role=alert]").TextContent);
        Assert.Empty(page.FindAll("table"));
    }

    private IRenderedComponent<CoordinationHome> RenderFor(ClaimsPrincipal user, string address)
    {
        var authorization = AddAuthorization();
        authorization.SetAuthorized(user.FindFirst("sub")!.Value);
        authorization.SetRoles(user.FindAll("role").Select(c => c.Value).ToArray());
        authorization.SetClaims(user.Claims.ToArray());
        Services.GetRequiredService<NavigationManager>().NavigateTo(address);
        return Render<CoordinationHome>(parameters => parameters.AddCascadingValue(new DefaultHttpContext { User = user }));
    }

    private Uri ListRequest() => Gateway.Requests.Single(r => r.RequestUri!.AbsolutePath == "/api/offers").RequestUri!;

    private static ClaimsPrincipal Coordinator(string municipality) =>
        new(new ClaimsIdentity([new("sub", "coord"), new("role", "coordinator"), new("municipality", municipality)], "test", "sub", "role"));

    private static ClaimsPrincipal Admin() =>
        new(new ClaimsIdentity([new("sub", "admin"), new("role", "admin")], "test", "sub", "role"));

    private static string Offer(string status, string title, int helpers) => $$"""
        { "id": "{{Guid.NewGuid()}}", "title": "{{title}}", "summary": "", "description": "", "category": "language", "tags": [],
          "provider": { "name": "Caritas", "type": "welfare" }, "municipality": "beckum", "online": false, "targetGroups": ["adults"],
          "languages": ["de"], "schedule": [], "cost": { "free": true }, "helpersNeeded": {{helpers}}, "status": "{{status}}",
          "translations": {}, "createdAt": "2026-12-01T10:00:00+01:00", "updatedAt": "2026-12-01T10:00:00+01:00", "language": "de" }
        """;
}
