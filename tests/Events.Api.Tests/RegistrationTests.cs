using System.Net;
using System.Net.Http.Json;
using Contracts.Events;
using Events.Api.Apis;
using Events.Api.Model;
using Events.Api.Tests.Support;
using Microsoft.EntityFrameworkCore;
using static Events.Api.Tests.Support.EventsClient;

namespace Events.Api.Tests;

public sealed class RegistrationTests(EventsServiceFixture fixture) : IClassFixture<EventsServiceFixture>
{
    private static string NewSubject() => "sub-" + Guid.NewGuid().ToString("N");

    [Fact]
    public async Task Register_200ConcurrentFor50Seats_Exactly50ConfirmedAnd150WaitlistedInOrder()
    {
        var created = await fixture.Coordinator().CreateEventAsync(NewEvent(capacity: 50));
        var subjects = Enumerable.Range(0, 200).Select(_ => NewSubject()).ToList();
        await fixture.SeedVolunteersAsync(subjects);
        var clients = subjects.Select(fixture.Volunteer).ToList();

        var results = await Task.WhenAll(clients.Select(c => c.RegisterAsync(created.Id)));

        Assert.All(results, r => Assert.Equal(HttpStatusCode.Created, r.Status));
        Assert.Equal(50, results.Count(r => r.Body!.Status == RegistrationStatus.Confirmed));
        var positions = results.Where(r => r.Body!.Status == RegistrationStatus.Waitlisted).Select(r => r.Body!.Position!.Value).Order();
        Assert.Equal(Enumerable.Range(1, 150), positions);
        var rows = await fixture.WithDbAsync(db => db.Registrations.Where(r => r.EventId == created.Id).OrderBy(r => r.Number).ToListAsync());
        Assert.All(rows.Take(50), r => Assert.Equal(RegistrationStatus.Confirmed, r.Status)); // first come, first served
        Assert.All(rows.Skip(50), r => Assert.Equal(RegistrationStatus.Waitlisted, r.Status));
        var e = await fixture.Admin().GetEventAsync(created.Id);
        Assert.Equal((0, 150), (e.SeatsLeft, e.WaitlistLength));
        // The 2 s budget is measured by bench/Events.Benchmarks, not here: a shared CI machine makes timing asserts flaky.
    }

    [Fact]
    public async Task Register_Twice_ReturnsExistingStateAndChangesNothing()
    {
        var created = await fixture.Coordinator().CreateEventAsync(NewEvent(capacity: 1));
        var subject = NewSubject();
        await fixture.SeedVolunteerAsync(subject);
        var client = fixture.Volunteer(subject);

        var first = await client.RegisterAsync(created.Id);
        var second = await client.RegisterAsync(created.Id);

        Assert.Equal((HttpStatusCode.Created, RegistrationStatus.Confirmed), (first.Status, first.Body!.Status));
        Assert.Equal((HttpStatusCode.OK, RegistrationStatus.Confirmed), (second.Status, second.Body!.Status));
        Assert.Equal(1, await fixture.WithDbAsync(db => db.Registrations.CountAsync(r => r.EventId == created.Id)));
    }

    [Fact]
    public async Task Register_UnknownVolunteer_Returns403Problem()
    {
        var created = await fixture.Coordinator().CreateEventAsync(NewEvent());
        var response = await fixture.Volunteer(NewSubject()).PostAsync($"/api/events/{created.Id}/registrations", null);
        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Contains("volunteer", (await response.ProblemAsync()).GetProperty("detail").GetString());
    }

    [Fact]
    public async Task Register_CancelledEvent_Returns409()
    {
        var coordinator = fixture.Coordinator();
        var created = await coordinator.CreateEventAsync(NewEvent());
        await coordinator.PostAsync($"/api/events/{created.Id}/cancel", null);
        var subject = NewSubject();
        await fixture.SeedVolunteerAsync(subject);

        Assert.Equal(HttpStatusCode.Conflict, (await fixture.Volunteer(subject).RegisterAsync(created.Id)).Status);
    }

    [Fact]
    public async Task Register_AfterDeadline_Returns409()
    {
        var created = await fixture.Coordinator().CreateEventAsync(NewEvent() with { RegistrationDeadline = DateTimeOffset.UtcNow.AddMinutes(-1) });
        var subject = NewSubject();
        await fixture.SeedVolunteerAsync(subject);

        Assert.Equal(HttpStatusCode.Conflict, (await fixture.Volunteer(subject).RegisterAsync(created.Id)).Status);
    }

    [Fact]
    public async Task Register_PastEvent_Returns409()
    {
        var created = await fixture.Admin().CreateEventAsync(NewEvent(start: DateTimeOffset.UtcNow.AddDays(-2)));
        var subject = NewSubject();
        await fixture.SeedVolunteerAsync(subject);

        Assert.Equal(HttpStatusCode.Conflict, (await fixture.Volunteer(subject).RegisterAsync(created.Id)).Status);
    }

    [Fact]
    public async Task Unregister_ConfirmedSeat_ConfirmsFirstWaitlisted()
    {
        var created = await fixture.Coordinator().CreateEventAsync(NewEvent(capacity: 1));
        var subjects = new[] { NewSubject(), NewSubject(), NewSubject() };
        var ids = await fixture.SeedVolunteersAsync(subjects);
        foreach (var subject in subjects)
        {
            await fixture.Volunteer(subject).RegisterAsync(created.Id);
        }

        var response = await fixture.Volunteer(subjects[0]).DeleteAsync($"/api/events/{created.Id}/registrations/me");

        Assert.Equal(HttpStatusCode.NoContent, response.StatusCode);
        Assert.Equal(RegistrationStatus.Confirmed, (await fixture.Volunteer(subjects[1]).RegisterAsync(created.Id)).Body!.Status);
        var third = await fixture.Volunteer(subjects[2]).RegisterAsync(created.Id);
        Assert.Equal((RegistrationStatus.Waitlisted, (int?)1), (third.Body!.Status, third.Body.Position));
    }

    [Fact]
    public async Task Update_CapacityRaised_ConfirmsWaitlistedAtOnce()
    {
        var coordinator = fixture.Coordinator();
        var created = await coordinator.CreateEventAsync(NewEvent(capacity: 1));
        string first = NewSubject(), second = NewSubject();
        await fixture.SeedVolunteersAsync([first, second]);
        await fixture.Volunteer(first).RegisterAsync(created.Id);
        await fixture.Volunteer(second).RegisterAsync(created.Id);
        var put = new HttpRequestMessage(HttpMethod.Put, $"/api/events/{created.Id}")
        {
            Content = JsonContent.Create(NewEvent(capacity: 2, start: created.Start), options: Json),
        };
        put.Headers.TryAddWithoutValidation("If-Match", "\"1\"");

        Assert.Equal(HttpStatusCode.OK, (await coordinator.SendAsync(put)).StatusCode);
        Assert.Equal(RegistrationStatus.Confirmed, (await fixture.Volunteer(second).RegisterAsync(created.Id)).Body!.Status);
        Assert.Equal((0, 0), ((await coordinator.GetEventAsync(created.Id)).SeatsLeft, (await coordinator.GetEventAsync(created.Id)).WaitlistLength));
    }

    [Fact]
    public async Task Unregister_NotRegistered_Returns404()
    {
        var created = await fixture.Coordinator().CreateEventAsync(NewEvent());
        var subject = NewSubject();
        await fixture.SeedVolunteerAsync(subject);

        var response = await fixture.Volunteer(subject).DeleteAsync($"/api/events/{created.Id}/registrations/me");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task GetEvent_OnlineUrl_ShownToConfirmedParticipantOnly()
    {
        var created = await fixture.Coordinator().CreateEventAsync(
            NewEvent(capacity: 1) with { Address = null, Online = true, OnlineUrl = "https://meet.example.org/abc" });
        string confirmed = NewSubject(), waiting = NewSubject();
        await fixture.SeedVolunteersAsync([confirmed, waiting]);
        await fixture.Volunteer(confirmed).RegisterAsync(created.Id);
        await fixture.Volunteer(waiting).RegisterAsync(created.Id);

        Assert.Equal("https://meet.example.org/abc", (await fixture.Volunteer(confirmed).GetEventAsync(created.Id)).OnlineUrl);
        Assert.Null((await fixture.Volunteer(waiting).GetEventAsync(created.Id)).OnlineUrl);
        Assert.Null((await fixture.Coordinator("ahlen").GetEventAsync(created.Id)).OnlineUrl);
    }

    [Fact]
    public async Task ListRegistrations_CoordinatorOfMunicipality_SeesOrderedListOthers403()
    {
        var created = await fixture.Coordinator().CreateEventAsync(NewEvent(capacity: 1));
        string first = NewSubject(), second = NewSubject();
        var ids = await fixture.SeedVolunteersAsync([first, second]);
        await fixture.Volunteer(first).RegisterAsync(created.Id);
        await fixture.Volunteer(second).RegisterAsync(created.Id);

        var list = await fixture.Coordinator().GetFromJsonAsync<ServiceDefaults.Api.PagedResult<RegistrationEntry>>(
            $"/api/events/{created.Id}/registrations", Json);
        var other = await fixture.Coordinator("ahlen").GetAsync($"/api/events/{created.Id}/registrations");

        Assert.Equal([ids[0], ids[1]], list!.Items.Select(r => r.VolunteerId));
        Assert.Equal((int?)1, list.Items[1].Position);
        Assert.Equal(HttpStatusCode.Forbidden, other.StatusCode);
    }
}
