using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Offers.Api.Apis;
using ServiceDefaults.Api;
using ServiceDefaults.Json;

namespace Offers.Api.Tests.Support;

/// <summary>Requests and JSON reading shared by the tests.</summary>
public static class OfferClient
{
    public static readonly JsonSerializerOptions Json = JsonDefaults.Create();

    public static OfferRequest ValidRequest(string municipality = "warendorf", string title = "Deutschkurs für Erwachsene") => new(
        Title: title,
        Summary: "Deutsch lernen in kleinen Gruppen",
        Description: "Ein Kurs für Anfängerinnen und Anfänger, mit Kinderbetreuung.",
        Category: "language",
        Tags: ["Deutsch", "Kurs"],
        Provider: new ProviderDto("Caritas Warendorf", "welfare"),
        Municipality: municipality,
        Address: new AddressDto("Freckenhorster Str. 1", "48231", "Warendorf"),
        Location: new LocationDto(51.95, 7.99),
        Online: false,
        Url: "https://example.org/kurs",
        TargetGroups: ["adults", "newcomers"],
        Languages: ["de", "ar"],
        Schedule: [new WeeklySlotDto("monday", "10:00", "12:00")],
        ValidFrom: new DateTimeOffset(2026, 1, 1, 0, 0, 0, TimeSpan.FromHours(1)),
        ValidUntil: new DateTimeOffset(2026, 12, 31, 0, 0, 0, TimeSpan.FromHours(1)),
        Cost: new CostDto(true, null),
        Contact: new ContactDto("Frau Beispiel", "02581 939414", "kurs@example.org"),
        HelpersNeeded: 2,
        Translations: new() { ["en"] = new TranslationDto("German course for adults", "Learn German in small groups", null) });

    public static async Task<OfferResponse> CreateAsync(HttpClient client, OfferRequest request)
    {
        var response = await client.PostAsJsonAsync("/api/offers", request, Json);
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        return (await response.Content.ReadFromJsonAsync<OfferResponse>(Json))!;
    }

    public static async Task<OfferResponse> CreatePublishedAsync(HttpClient client, OfferRequest request)
    {
        var offer = await CreateAsync(client, request);
        var response = await client.PostAsync($"/api/offers/{offer.Id}/publish", null);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return (await response.Content.ReadFromJsonAsync<OfferResponse>(Json))!;
    }

    public static async Task<T> ReadAsync<T>(this HttpResponseMessage response) =>
        (await response.Content.ReadFromJsonAsync<T>(Json))!;

    public static Task<PagedResult<OfferResponse>> SearchAsync(HttpClient client, string query) =>
        client.GetFromJsonAsync<PagedResult<OfferResponse>>($"/api/offers?{query}", Json)!;
}
