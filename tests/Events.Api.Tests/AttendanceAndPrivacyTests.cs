using System.Net;
using System.Net.Http.Json;
using Contracts.Events;
using Contracts.Volunteers;
using Events.Api.Apis;
using Events.Api.Model;
using Events.Api.Tests.Support;
using MassTransit;
using Microsoft.EntityFrameworkCore;
using static Events.Api.Tests.Support.EventsClient;

namespace Events.Api.Tests;

public sealed class AttendanceAndPrivacyTests(EventsServiceFixture fixture) : IClassFixture<EventsServiceFixture>
{
    private static string NewSubject() => "sub-" + Guid.NewGuid().ToString("N");

    private async Task<(EventResponse Event, List<string> Subjects, List<Guid> Ids)> EventWithRegistrationsAsync(int capacity, int volunteers, string type = "networking")
    {
        var created = await fixture.Coordinator().CreateEventAsync(NewEvent(capacity: capacity, type: type));
        var subjects = Enumerable.Range(0, volunteers).Select(_ => NewSubject()).ToList();
        var ids = await fixture.SeedVolunteersAsync(subjects);
        foreach (var subject in subjects)
        {
            await fixture.Volunteer(subject).RegisterAsync(created.Id);
        }

        return (created, subjects, ids);
    }

    [Fact]
    public async Task RecordAttendance_Training_PublishesTrainingCompletedOncePerAttendee()
    {
        var (e, _, ids) = await EventWithRegistrationsAsync(capacity: 5, volunteers: 2, type: "training");
        var coordinator = fixture.Coordinator();

        var first = await coordinator.PostAsJsonAsync($"/api/events/{e.Id}/attendance", new AttendanceRequest(ids), Json);
        var again = await coordinator.PostAsJsonAsync($"/api/events/{e.Id}/attendance", new AttendanceRequest(ids), Json);

        Assert.Equal(2, (await first.Content.ReadFromJsonAsync<AttendanceResponse>(Json))!.Recorded.Count);
        Assert.Equal(2, (await again.Content.ReadFromJsonAsync<AttendanceResponse>(Json))!.AlreadyRecorded.Count);
        await Eventually.HoldsAsync("a TrainingCompleted per attendee arrived",
            () => fixture.Bus.Received<TrainingCompletedIntegrationEvent>().Count(m => m.EventId == e.Id) >= 2, TimeSpan.FromSeconds(20));
        var outboxRows = await fixture.WithDbAsync(db => db.Set<Messaging.Outbox.OutboxMessage>()
            .CountAsync(m => m.MessageType == "Contracts.Events.TrainingCompletedIntegrationEvent"));
        Assert.Equal(2, outboxRows);
    }

    [Fact]
    public async Task RecordAttendance_VolunteerWithoutSeat_Returns400NamingTheEntry()
    {
        var (e, _, ids) = await EventWithRegistrationsAsync(capacity: 1, volunteers: 2);

        var response = await fixture.Coordinator().PostAsJsonAsync($"/api/events/{e.Id}/attendance", new AttendanceRequest([ids[0], ids[1]]), Json);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.True((await response.ProblemAsync()).GetProperty("errors").TryGetProperty("volunteerIds[1]", out _));
    }

    [Fact]
    public async Task RecordAttendance_CoordinatorOfOtherMunicipality_Returns403()
    {
        var (e, _, ids) = await EventWithRegistrationsAsync(capacity: 1, volunteers: 1);
        var response = await fixture.Coordinator("ahlen").PostAsJsonAsync($"/api/events/{e.Id}/attendance", new AttendanceRequest(ids), Json);
        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }

    [Fact]
    public async Task VolunteerErased_ConfirmedPerson_ErasesDataAndConfirmsFirstWaitlisted()
    {
        var (e, subjects, ids) = await EventWithRegistrationsAsync(capacity: 1, volunteers: 3);
        await fixture.Coordinator().PostAsJsonAsync($"/api/events/{e.Id}/attendance", new AttendanceRequest([ids[0]]), Json);

        await fixture.Bus.Publish(new VolunteerErasedIntegrationEvent(ids[0], DateTimeOffset.UtcNow));

        await Eventually.HoldsAsync("the erasure was handled", () => fixture.WithDbAsync(db =>
            db.KnownVolunteers.AnyAsync(v => v.VolunteerId == ids[0] && v.Erased && v.Subject == null && v.DisplayName == "")));
        Assert.Equal(0, await fixture.WithDbAsync(db => db.Registrations.CountAsync(r => r.VolunteerId == ids[0])));
        Assert.Equal(0, await fixture.WithDbAsync(db => db.Attendance.CountAsync(a => a.VolunteerId == ids[0])));
        var after = await fixture.Admin().GetEventAsync(e.Id);
        Assert.Equal((0, 1), (after.SeatsLeft, after.WaitlistLength));
        Assert.Equal(RegistrationStatus.Confirmed, (await fixture.Volunteer(subjects[1]).RegisterAsync(e.Id)).Body!.Status);
    }

    [Fact]
    public async Task CollectPersonalData_OverBroker_RespondsWithRegistrationsAndAttendance()
    {
        var (e, subjects, ids) = await EventWithRegistrationsAsync(capacity: 1, volunteers: 2);
        await fixture.Coordinator().PostAsJsonAsync($"/api/events/{e.Id}/attendance", new AttendanceRequest([ids[0]]), Json);
        var client = fixture.GetRequiredService<IBus>().CreateRequestClient<CollectPersonalData>(RequestTimeout.After(s: 20));

        var attended = await client.GetResponse<EventsPersonalData>(new CollectPersonalData(ids[0], subjects[0]));
        var waiting = await client.GetResponse<EventsPersonalData>(new CollectPersonalData(ids[1], subjects[1]));

        var registration = Assert.Single(attended.Message.Registrations);
        Assert.Equal((e.Id, "confirmed"), (registration.EventId, registration.Status));
        Assert.Equal(e.Id, Assert.Single(attended.Message.Attendance).EventId);
        Assert.Equal(("waitlisted", (int?)1), (waiting.Message.Registrations[0].Status, waiting.Message.Registrations[0].Position));
        Assert.Empty(waiting.Message.Attendance);
    }
}
