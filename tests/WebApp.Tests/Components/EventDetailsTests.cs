using System.Net;
using Bunit;
using WebApp.Components.Pages.Events;
using WebApp.Tests.Gateway;

namespace WebApp.Tests.Components;

public sealed class EventDetailsTests : WebAppComponentTest
{
    private static readonly Guid TrainingId = Guid.Parse("0b5e0000-0000-4000-8000-00000000000a");

    public EventDetailsTests() => Answer = _ => StubGateway.Json(HttpStatusCode.OK, $$"""
        { "id": "{{TrainingId}}", "title": "Grundkurs Sprachbegleitung", "description": "", "type": "training", "organizer": "KI",
          "municipality": "ahlen", "online": false, "start": "2027-02-01T16:00:00+01:00", "end": "2027-02-01T19:00:00+01:00",
          "capacity": 10, "audience": "volunteers", "status": "scheduled", "seatsLeft": 0, "waitlistLength": 3 }
        """);

    [Fact]
    public void Render_FullTraining_ShowsTheWaitingListAndOffersAVolunteerToRegisterAndWithdraw()
    {
        var authorization = AddAuthorization();
        authorization.SetAuthorized("anna");
        authorization.SetRoles("volunteer");
        authorization.SetPolicies("volunteer");

        var page = Render<EventDetails>(p => p.Add(c => c.Id, TrainingId));

        Assert.Equal("Ausgebucht, 3 auf der Warteliste", page.Find("#seats").TextContent);
        Assert.Equal(2, page.FindAll("form[method=post] button").Count);
    }

    [Fact]
    public void Render_Anonymous_OffersSignInInsteadOfRegistration()
    {
        AddAuthorization();

        var page = Render<EventDetails>(p => p.Add(c => c.Id, TrainingId));

        Assert.Empty(page.FindAll("form[method=post]"));
        Assert.Equal($"/account/sign-in?returnUrl=/events/{TrainingId}", page.Find("a[href^='/account/sign-in']").GetAttribute("href"));
    }
}
