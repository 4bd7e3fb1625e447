using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using ServiceDefaults.Authentication;

namespace Volunteers.Api.Tests;

/// <summary>consent.givenAt, the one time the Volunteers API takes (POST /api/volunteers, PUT /api/volunteers/me), in every offset.</summary>
[Collection(VolunteersCollection.Name)]
public sealed class ConsentTimeTests(VolunteersFixture fixture)
{
    [Theory]
    [MemberData(nameof(TimeNotation.Cases), MemberType = typeof(TimeNotation))]
    public async Task Register_ConsentTimeInAnyOffset_StoresTheInstant(TimeNotation notation)
    {
        var client = fixture.Factory.CreateClientFor(PlatformRoles.Volunteer, TestData.NewSubject());

        var response = await client.PostAsJsonAsync("/api/volunteers", WithConsentAt(notation.Text));

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        await AssertStoredAndAnsweredAsync(response, notation);
    }

    [Theory]
    [MemberData(nameof(TimeNotation.Cases), MemberType = typeof(TimeNotation))]
    public async Task UpdateMine_ConsentTimeInAnyOffset_StoresTheInstant(TimeNotation notation)
    {
        var (client, _) = await TestData.RegisterAsync(fixture);
        var put = new HttpRequestMessage(HttpMethod.Put, "/api/volunteers/me") { Content = JsonContent.Create(WithConsentAt(notation.Text)) };
        put.Headers.TryAddWithoutValidation("If-Match", "\"1\"");

        var response = await client.SendAsync(put);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        await AssertStoredAndAnsweredAsync(response, notation);
    }

    [Fact]
    public async Task Register_InvalidConsentTime_Returns400NamingTheFieldAndStoresNothing()
    {
        foreach (var text in TimeNotation.Invalid)
        {
            var subject = TestData.NewSubject();
            var client = fixture.Factory.CreateClientFor(PlatformRoles.Volunteer, subject);

            var response = await client.PostAsJsonAsync("/api/volunteers", WithConsentAt(text));

            Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
            var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
            Assert.True(problem.GetProperty("errors").TryGetProperty("consent.givenAt", out _), $"{text}: {problem}");
            Assert.False(await fixture.QueryAsync(db => db.Volunteers.AnyAsync(v => v.Subject == subject)));
        }
    }

    private static Dictionary<string, object?> WithConsentAt(string givenAt)
    {
        var body = TestData.Registration();
        body["consent"] = new { version = "2026-01", givenAt };
        return body;
    }

    private async Task AssertStoredAndAnsweredAsync(HttpResponseMessage response, TimeNotation notation)
    {
        var answer = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(notation.Instant, DateTimeOffset.Parse(answer.GetProperty("consent").GetProperty("givenAt").GetString()!));
        var id = answer.GetProperty("id").GetGuid();
        var stored = await fixture.QueryAsync(db => db.Volunteers.AsNoTracking().SingleAsync(v => v.Id == id));
        Assert.Equal(notation.Instant.UtcDateTime, stored.ConsentGivenAt.UtcDateTime);
    }
}
