using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Contracts.Volunteers;
using Messaging.Outbox;
using Microsoft.EntityFrameworkCore;
using ServiceDefaults.Authentication;

namespace Volunteers.Api.Tests;

[Collection(VolunteersCollection.Name)]
public sealed class RegistrationTests(VolunteersFixture fixture)
{
    [Fact]
    public async Task Register_ValidProfileWithConsent_Returns201WithETagAndPublishesVolunteerRegistered()
    {
        var client = fixture.Factory.CreateClientFor(PlatformRoles.Volunteer, TestData.NewSubject());

        var response = await client.PostAsJsonAsync("/api/volunteers", TestData.Registration());

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        Assert.Equal("\"1\"", response.Headers.ETag?.Tag);
        var body = await response.Content.ReadFromJsonAsync<JsonElement>();
        var id = body.GetProperty("id").GetGuid();
        Assert.Equal("2025-01", body.GetProperty("consent").GetProperty("version").GetString());
        Assert.Equal("native", body.GetProperty("languages")[0].GetProperty("level").GetString());
        await fixture.Bus.WaitForAsync<VolunteerRegisteredIntegrationEvent>(e => e.VolunteerId == id && e.Municipality == "warendorf");
    }

    [Fact]
    public async Task Register_WithoutConsent_Returns400NamingConsentAndStoresNothing()
    {
        var subject = TestData.NewSubject();
        var client = fixture.Factory.CreateClientFor(PlatformRoles.Volunteer, subject);

        var response = await client.PostAsJsonAsync("/api/volunteers", TestData.Registration(withConsent: false));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.True(problem.GetProperty("errors").TryGetProperty("consent", out _));
        Assert.False(await fixture.QueryAsync(db => db.Volunteers.AnyAsync(v => v.Subject == subject)));
    }

    [Fact]
    public async Task Register_SecondTimeForSameSubject_Returns409()
    {
        var client = fixture.Factory.CreateClientFor(PlatformRoles.Volunteer, TestData.NewSubject());
        (await client.PostAsJsonAsync("/api/volunteers", TestData.Registration())).EnsureSuccessStatusCode();

        var second = await client.PostAsJsonAsync("/api/volunteers", TestData.Registration());

        Assert.Equal(HttpStatusCode.Conflict, second.StatusCode);
        Assert.Equal("application/problem+json", second.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task Register_InvalidFields_Returns400NamingEachField()
    {
        var client = fixture.Factory.CreateClientFor(PlatformRoles.Volunteer, TestData.NewSubject());
        var body = TestData.Registration(
            municipality: "muenster",
            languages: [new { code = "arabic", level = "good" }, new { code = "de", level = "expert" }],
            skills: ["juggling"],
            availability: [new { dayOfWeek = "someday", start = "12:00", end = "09:00" }],
            email: "not-an-email", phone: "call me");

        var response = await client.PostAsJsonAsync("/api/volunteers", body);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var errors = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors");
        foreach (var field in new[] { "municipality", "email", "phone", "languages[0].code", "languages[1].level", "skills[0]",
                     "availability[0].dayOfWeek", "availability[0].end" })
        {
            Assert.True(errors.TryGetProperty(field, out _), $"expected an error for {field}");
        }
    }

    [Theory]
    [InlineData("02861 939414")]
    [InlineData("02861/939-106")]
    [InlineData("+49 2382 590")]
    public async Task Register_GermanPhoneNotations_AreAccepted(string phone)
    {
        var client = fixture.Factory.CreateClientFor(PlatformRoles.Volunteer, TestData.NewSubject());

        var response = await client.PostAsJsonAsync("/api/volunteers", TestData.Registration(phone: phone));

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
    }

    [Theory]
    [InlineData(PlatformRoles.Coordinator)]
    [InlineData(PlatformRoles.Provider)]
    public async Task Register_WithNonVolunteerToken_Returns403(string role)
    {
        var client = fixture.Factory.CreateClientFor(role, TestData.NewSubject(), "warendorf", "org-1");

        var response = await client.PostAsJsonAsync("/api/volunteers", TestData.Registration());

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }

    [Fact]
    public async Task GetMe_NotRegistered_Returns404()
    {
        var client = fixture.Factory.CreateClientFor(PlatformRoles.Volunteer, TestData.NewSubject());

        var response = await client.GetAsync("/api/volunteers/me");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task GetMe_Registered_ReturnsOwnProfileWithETag()
    {
        var (client, id) = await TestData.RegisterAsync(fixture);

        var response = await client.GetAsync("/api/volunteers/me");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.NotNull(response.Headers.ETag);
        Assert.Equal(id, (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid());
    }

    [Fact]
    public async Task PutMe_WithCurrentETag_UpdatesAndPublishesVolunteerUpdated()
    {
        var (client, id) = await TestData.RegisterAsync(fixture);
        var request = new HttpRequestMessage(HttpMethod.Put, "/api/volunteers/me") { Content = JsonContent.Create(TestData.Registration(municipality: "ahlen")) };
        request.Headers.IfMatch.Add(new EntityTagHeaderValue("\"1\""));

        var response = await client.SendAsync(request);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("\"2\"", response.Headers.ETag?.Tag);
        Assert.Equal("ahlen", (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("municipality").GetString());
        await fixture.Bus.WaitForAsync<VolunteerUpdatedIntegrationEvent>(e => e.VolunteerId == id && e.Municipality == "ahlen" && e.Version == 2);
    }

    [Fact]
    public async Task PutMe_WithStaleETag_Returns412AndChangesNothing()
    {
        var (client, _) = await TestData.RegisterAsync(fixture);
        var request = new HttpRequestMessage(HttpMethod.Put, "/api/volunteers/me") { Content = JsonContent.Create(TestData.Registration(municipality: "ahlen")) };
        request.Headers.IfMatch.Add(new EntityTagHeaderValue("\"7\""));

        var response = await client.SendAsync(request);

        Assert.Equal(HttpStatusCode.PreconditionFailed, response.StatusCode);
        var me = await client.GetFromJsonAsync<JsonElement>("/api/volunteers/me");
        Assert.Equal("warendorf", me.GetProperty("municipality").GetString());
    }

    [Fact]
    public async Task PutMe_WithoutIfMatch_Returns428()
    {
        var (client, _) = await TestData.RegisterAsync(fixture);

        var response = await client.PutAsJsonAsync("/api/volunteers/me", TestData.Registration());

        Assert.Equal((HttpStatusCode)428, response.StatusCode);
    }

    [Fact]
    public async Task Register_EventGoesThroughOutbox_RowMarkedSent()
    {
        var (_, id) = await TestData.RegisterAsync(fixture);

        await Eventually.HoldsAsync("the registration's event sent", async () =>
        {
            var payloads = await fixture.QueryAsync(db => db.Set<OutboxMessage>().Where(m => m.SentAt != null).Select(m => m.Payload).ToListAsync());
            return payloads.Exists(p => p.Contains(id.ToString(), StringComparison.Ordinal));
        }, TimeSpan.FromSeconds(10));
    }
}
