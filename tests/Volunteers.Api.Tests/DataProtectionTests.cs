using TestInfrastructure;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Contracts.Events;
using Contracts.Volunteers;
using MassTransit;
using Messaging.Outbox;
using Microsoft.EntityFrameworkCore;
using ServiceDefaults.Authentication;

namespace Volunteers.Api.Tests;

[Collection(VolunteersCollection.Name)]
public sealed class DataProtectionTests(VolunteersFixture fixture)
{
    [Fact]
    public async Task Erase_Registered_DeletesProfileAtOncePublishesVolunteerErasedAndKeepsNoName()
    {
        var lastName = "Erasable" + Guid.NewGuid().ToString("N")[..6];
        var (client, id) = await TestData.RegisterAsync(fixture, TestData.Registration(lastName: lastName));
        await fixture.Bus.WaitForAsync<VolunteerRegisteredIntegrationEvent>(e => e.VolunteerId == id);

        var response = await client.DeleteAsync("/api/volunteers/me");

        Assert.Equal(HttpStatusCode.NoContent, response.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync("/api/volunteers/me")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync("/api/volunteers/me/export")).StatusCode);
        await fixture.Bus.WaitForAsync<VolunteerErasedIntegrationEvent>(e => e.VolunteerId == id);
        // Of the rows about the person only the erasure itself is left, and it names nobody.
        var rows = await fixture.QueryAsync(db => db.Set<OutboxMessage>().Select(m => new { m.MessageType, m.Payload }).ToListAsync());
        Assert.DoesNotContain(rows, row => row.Payload.Contains(lastName, StringComparison.Ordinal));
        var aboutThePerson = rows.Where(row => row.Payload.Contains(id.ToString(), StringComparison.Ordinal)).ToList();
        Assert.Equal(typeof(VolunteerErasedIntegrationEvent).FullName, Assert.Single(aboutThePerson).MessageType);
        Assert.False(await fixture.QueryAsync(db => db.Volunteers.AnyAsync(v => v.Id == id)));
    }

    [Fact]
    public async Task Export_EventsAnswers_ReturnsOneDocumentWithProfileConsentAndEventsData()
    {
        var (client, id) = await TestData.RegisterAsync(fixture);
        var eventId = Guid.NewGuid();
        var responder = await TestBus.StartAsync(fixture.AmqpUri, cfg => cfg.ReceiveEndpoint("volunteers-tests-events-personal-data", endpoint =>
            endpoint.Handler<CollectPersonalData>(context => context.RespondAsync(new EventsPersonalData(
                context.Message.VolunteerId,
                [new EventRegistrationData(eventId, "Netzwerktreffen", DateTimeOffset.UtcNow, "confirmed", null, DateTimeOffset.UtcNow)],
                [new AttendanceData(eventId, "Netzwerktreffen", new DateOnly(2025, 5, 1))])))));
        try
        {
            var response = await client.GetAsync("/api/volunteers/me/export");

            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            var export = await response.Content.ReadFromJsonAsync<JsonElement>();
            Assert.Equal(id, export.GetProperty("profile").GetProperty("id").GetGuid());
            Assert.Equal("2025-01", export.GetProperty("consent").GetProperty("version").GetString());
            Assert.Equal(eventId, export.GetProperty("events").GetProperty("registrations")[0].GetProperty("eventId").GetGuid());
            Assert.Equal(1, export.GetProperty("events").GetProperty("attendance").GetArrayLength());
        }
        finally
        {
            await responder.DisposeAsync();
        }
    }

    [Fact]
    public async Task Export_EventsDoesNotAnswer_Returns503Problem()
    {
        var (client, _) = await TestData.RegisterAsync(fixture);

        var response = await client.GetAsync("/api/volunteers/me/export");

        Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task Register_LogsCaptured_NeverContainNameEmailOrPhone()
    {
        var logs = new CapturingLoggerProvider();
        await using var factory = fixture.Factory.WithLogs(logs);
        var client = factory.CreateClient();
        client.DefaultRequestHeaders.Authorization = new("Bearer", DevelopmentTokens.Create(PlatformRoles.Volunteer, TestData.NewSubject()));
        var body = TestData.Registration(firstName: "Zeynepqx", lastName: "Quastenbergh", email: "zq.quastenbergh@example.org", phone: "02382 777123");

        var response = await client.PostAsJsonAsync("/api/volunteers", body);
        var id = (await response.Content.ReadFromJsonAsync<TestData.IdOnly>())!.Id;
        await fixture.Bus.WaitForAsync<VolunteerRegisteredIntegrationEvent>(e => e.VolunteerId == id);
        (await client.GetAsync("/api/volunteers/me")).EnsureSuccessStatusCode();

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var text = logs.Text();
        Assert.NotEmpty(text); // the capture works: something was logged
        foreach (var secret in new[] { "Zeynepqx", "Quastenbergh", "zq.quastenbergh@example.org", "777123" })
        {
            Assert.DoesNotContain(secret, text, StringComparison.OrdinalIgnoreCase);
        }
    }
}
