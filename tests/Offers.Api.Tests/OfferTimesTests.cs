using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Offers.Api.Infrastructure;
using Offers.Api.Tests.Support;
using static Offers.Api.Tests.Support.OfferClient;

namespace Offers.Api.Tests;

/// <summary>validFrom and validUntil, in POST and PUT, in every offset: the same instant is stored and answered.</summary>
public sealed class OfferTimesTests(OffersFixture fixture) : IClassFixture<OffersFixture>
{
    private static readonly TimeZoneInfo Berlin = TimeZoneInfo.FindSystemTimeZoneById("Europe/Berlin");

    public static readonly string[] Fields = ["validFrom", "validUntil"];

    public static IEnumerable<object[]> FieldCases =>
        from name in Fields from notation in TimeNotation.All select new object[] { name, notation };

    public static IEnumerable<object[]> InvalidCases =>
        from name in Fields from text in TimeNotation.Invalid select new object[] { name, text };

    private HttpClient Coordinator() => fixture.Factory.CreateClientFor("coordinator", "coord-ennigerloh", "ennigerloh");

    [Theory]
    [MemberData(nameof(FieldCases))]
    public async Task Create_TimeInAnyOffset_StoresTheInstant(string field, TimeNotation notation)
    {
        var response = await Coordinator().PostAsJsonAsync("/api/offers", Body(field, notation));

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        await AssertStoredAndAnsweredAsync(response, field, notation);
    }

    [Theory]
    [MemberData(nameof(FieldCases))]
    public async Task Update_TimeInAnyOffset_StoresTheInstant(string field, TimeNotation notation)
    {
        var created = await CreateAsync(Coordinator(), ValidRequest("ennigerloh"));
        var put = new HttpRequestMessage(HttpMethod.Put, $"/api/offers/{created.Id}") { Content = JsonContent.Create(Body(field, notation)) };
        put.Headers.TryAddWithoutValidation("If-Match", "\"1\"");

        var response = await Coordinator().SendAsync(put);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        await AssertStoredAndAnsweredAsync(response, field, notation);
    }

    [Theory]
    [MemberData(nameof(InvalidCases))]
    public async Task Create_InvalidTime_Returns400NamingTheField(string field, string text)
    {
        var body = Body(field, TimeNotation.All[0]);
        body[field] = text;

        var response = await Coordinator().PostAsJsonAsync("/api/offers", body);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.True(problem.GetProperty("errors").TryGetProperty(field, out _), $"errors should name {field}: {problem}");
    }

    private static JsonObject Body(string field, TimeNotation notation)
    {
        var body = JsonSerializer.SerializeToNode(ValidRequest("ennigerloh"), Json)!.AsObject();
        body["validFrom"] = field == "validFrom" ? notation.Text : notation.Instant.AddDays(-30).ToString("O");
        body["validUntil"] = field == "validUntil" ? notation.Text : notation.Instant.AddDays(30).ToString("O");
        return body;
    }

    private async Task AssertStoredAndAnsweredAsync(HttpResponseMessage response, string field, TimeNotation notation)
    {
        var answer = await response.Content.ReadFromJsonAsync<JsonElement>();
        var answered = DateTimeOffset.Parse(answer.GetProperty(field).GetString()!);
        Assert.Equal(notation.Instant, answered);
        Assert.Equal(Berlin.GetUtcOffset(notation.Instant), answered.Offset);

        var id = answer.GetProperty("id").GetGuid();
        await using var scope = fixture.Factory.Services.CreateAsyncScope();
        var stored = await scope.ServiceProvider.GetRequiredService<OffersDbContext>().Offers.AsNoTracking().SingleAsync(o => o.Id == id);
        Assert.Equal(notation.Instant.UtcDateTime, (field == "validFrom" ? stored.ValidFrom : stored.ValidUntil)!.Value.UtcDateTime);
    }
}
