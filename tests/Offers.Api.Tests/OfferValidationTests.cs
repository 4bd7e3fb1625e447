using ServiceDefaults.Api;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Offers.Api.Apis;
using Offers.Api.Tests.Support;
using static Offers.Api.Tests.Support.OfferClient;

namespace Offers.Api.Tests;

public sealed class OfferValidationTests(OffersFixture fixture) : IClassFixture<OffersFixture>
{
    public static TheoryData<string, Func<OfferRequest, OfferRequest>> InvalidRequests => new()
    {
        { "title", r => r with { Title = null } },
        { "title", r => r with { Title = new string('x', 201) } },
        { "summary", r => r with { Summary = new string('x', 501) } },
        { "description", r => r with { Description = new string('x', 5001) } },
        { "municipality", r => r with { Municipality = "muenster" } },
        { "category", r => r with { Category = "cooking" } },
        { "targetGroups[1]", r => r with { TargetGroups = ["adults", "aliens"] } },
        { "languages[0]", r => r with { Languages = ["xx"] } },
        { "schedule[0].end", r => r with { Schedule = [new WeeklySlotDto("monday", "12:00", "10:00")] } },
        { "schedule[0].start", r => r with { Schedule = [new WeeklySlotDto("monday", "25:00", "26:00")] } },
        { "schedule[0].dayOfWeek", r => r with { Schedule = [new WeeklySlotDto("montag", "10:00", "12:00")] } },
        { "validUntil", r => r with { ValidFrom = DateTimeOffset.Parse("2026-06-01T00:00:00+02:00"), ValidUntil = DateTimeOffset.Parse("2026-05-01T00:00:00+02:00") } },
        { "contact.email", r => r with { Contact = new ContactDto(null, null, "not-an-email") } },
        { "contact.phone", r => r with { Contact = new ContactDto(null, "call me", null) } },
        { "url", r => r with { Url = "ftp://example.org" } },
        { "location.lat", r => r with { Location = new LocationDto(91, 7.9) } },
        { "location.lon", r => r with { Location = new LocationDto(51.9, -181) } },
        { "provider.type", r => r with { Provider = new ProviderDto("X", "company") } },
        { "helpersNeeded", r => r with { HelpersNeeded = -1 } },
        { "translations.xx", r => r with { Translations = new() { ["xx"] = new TranslationDto("t", null, null) } } },
        { "translations.en.title", r => r with { Translations = new() { ["en"] = new TranslationDto(new string('x', 201), null, null) } } },
        { "address.postalCode", r => r with { Address = new AddressDto("Weg 1", "ABC", "Ahlen") } },
    };

    [Theory]
    [MemberData(nameof(InvalidRequests))]
    public async Task Create_InvalidField_Returns400NamingTheField(string field, Func<OfferRequest, OfferRequest> breakIt)
    {
        var admin = fixture.Factory.CreateClientFor("admin", "a1");

        var response = await admin.PostAsJsonAsync("/api/offers", breakIt(ValidRequest()), Json);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        using var problem = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        var errors = problem.RootElement.GetProperty("errors").EnumerateObject().Select(p => p.Name).ToList();
        Assert.Contains(field, errors);
    }

    [Fact]
    public async Task Create_PhoneInGermanNotations_IsAccepted()
    {
        var admin = fixture.Factory.CreateClientFor("admin", "a1");
        foreach (var phone in new[] { "02861 939414", "02861/939-106", "+49 2382 590" })
        {
            await CreateAsync(admin, ValidRequest() with { Contact = new ContactDto(null, phone, null) });
        }
    }

    [Fact]
    public async Task Create_MalformedJson_Returns400Problem()
    {
        var admin = fixture.Factory.CreateClientFor("admin", "a1");

        var response = await admin.PostAsync("/api/offers", new StringContent("{\"title\": 5", System.Text.Encoding.UTF8, "application/json"));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Fact]
    public async Task Search_InvalidFilters_Return400NamingEachField()
    {
        var response = await fixture.Factory.CreateAnonymousClient()
            .GetAsync("/api/offers?municipality=x&category=y&dayOfWeek=z&near=100,1&radiusKm=-1&pageSize=500&online=maybe");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        using var problem = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        var errors = problem.RootElement.GetProperty("errors").EnumerateObject().Select(p => p.Name).ToHashSet();
        Assert.Superset(new HashSet<string> { "municipality", "category", "dayOfWeek", "near", "radiusKm", "pageSize", "online" }, errors);
    }
}
