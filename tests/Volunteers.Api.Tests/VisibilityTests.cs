using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using ServiceDefaults.Authentication;

namespace Volunteers.Api.Tests;

/// <summary>Who sees whom: coordinators their municipality, admins all, everyone else nothing.</summary>
[Collection(VolunteersCollection.Name)]
public sealed class VisibilityTests(VolunteersFixture fixture)
{
    private HttpClient Coordinator(string municipality) => fixture.Factory.CreateClientFor(PlatformRoles.Coordinator, TestData.NewSubject(), municipality);

    private HttpClient Admin() => fixture.Factory.CreateClientFor(PlatformRoles.Admin, TestData.NewSubject());

    [Fact]
    public async Task GetById_CoordinatorOfVolunteersMunicipality_Returns200()
    {
        var (_, id) = await TestData.RegisterAsync(fixture, TestData.Registration(municipality: "telgte"));

        var response = await Coordinator("telgte").GetAsync($"/api/volunteers/{id}");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task GetById_CoordinatorOfOtherMunicipality_Returns404()
    {
        var (_, id) = await TestData.RegisterAsync(fixture, TestData.Registration(municipality: "telgte"));

        var response = await Coordinator("ahlen").GetAsync($"/api/volunteers/{id}");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task GetById_Admin_Returns200()
    {
        var (_, id) = await TestData.RegisterAsync(fixture, TestData.Registration(municipality: "telgte"));

        Assert.Equal(HttpStatusCode.OK, (await Admin().GetAsync($"/api/volunteers/{id}")).StatusCode);
    }

    [Fact]
    public async Task List_Coordinator_SeesOwnMunicipalityOnlyInItemsAndTotal()
    {
        var language = "ti"; // used by this test only, so the filter isolates its data
        await TestData.RegisterAsync(fixture, TestData.Registration(municipality: "oelde", languages: [new { code = language, level = "good" }]));
        await TestData.RegisterAsync(fixture, TestData.Registration(municipality: "beckum", languages: [new { code = language, level = "good" }]));

        var page = await Coordinator("oelde").GetFromJsonAsync<JsonElement>($"/api/volunteers?language={language}");

        Assert.Equal(1, page.GetProperty("total").GetInt32());
        Assert.All(page.GetProperty("items").EnumerateArray(), v => Assert.Equal("oelde", v.GetProperty("municipality").GetString()));
    }

    [Fact]
    public async Task List_Admin_SeesAllMunicipalitiesWithFilters()
    {
        var language = "ku";
        await TestData.RegisterAsync(fixture, TestData.Registration(municipality: "oelde", languages: [new { code = language, level = "good" }], skills: ["driving"]));
        await TestData.RegisterAsync(fixture, TestData.Registration(municipality: "beckum", languages: [new { code = language, level = "good" }], skills: ["driving"]));
        await TestData.RegisterAsync(fixture, TestData.Registration(municipality: "beckum", languages: [new { code = language, level = "good" }], skills: ["listening"]));

        var all = await Admin().GetFromJsonAsync<JsonElement>($"/api/volunteers?language={language}");
        var drivers = await Admin().GetFromJsonAsync<JsonElement>($"/api/volunteers?language={language}&skill=driving&dayOfWeek=monday&pageSize=1");

        Assert.Equal(3, all.GetProperty("total").GetInt32());
        Assert.Equal(2, drivers.GetProperty("total").GetInt32());
        Assert.Single(drivers.GetProperty("items").EnumerateArray());
    }

    [Fact]
    public async Task List_CoordinatorFilteringOtherMunicipality_Returns403()
    {
        var response = await Coordinator("oelde").GetAsync("/api/volunteers?municipality=beckum");

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }

    [Fact]
    public async Task List_BadFilters_Return400NamingThem()
    {
        var response = await Admin().GetAsync("/api/volunteers?municipality=paris&language=xx&skill=flying&dayOfWeek=funday&pageSize=500");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var errors = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors");
        foreach (var field in new[] { "municipality", "language", "skill", "dayOfWeek", "pageSize" })
        {
            Assert.True(errors.TryGetProperty(field, out _), field);
        }
    }

    [Fact]
    public async Task List_Anonymous_Returns401()
    {
        Assert.Equal(HttpStatusCode.Unauthorized, (await fixture.Factory.CreateAnonymousClient().GetAsync("/api/volunteers")).StatusCode);
    }

    [Fact]
    public async Task List_PartnerApiKeyWithoutToken_Returns401()
    {
        var client = fixture.Factory.CreateAnonymousClient();
        client.DefaultRequestHeaders.Add("X-Api-Key", "partner-key");

        Assert.Equal(HttpStatusCode.Unauthorized, (await client.GetAsync("/api/volunteers")).StatusCode);
    }

    [Theory]
    [InlineData(PlatformRoles.Volunteer)]
    [InlineData(PlatformRoles.Provider)]
    public async Task ListAndGetById_VolunteerOrProvider_Returns403(string role)
    {
        var (_, id) = await TestData.RegisterAsync(fixture);
        var client = fixture.Factory.CreateClientFor(role, TestData.NewSubject(), organization: "org-1");

        Assert.Equal(HttpStatusCode.Forbidden, (await client.GetAsync("/api/volunteers")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await client.GetAsync($"/api/volunteers/{id}")).StatusCode);
    }
}
