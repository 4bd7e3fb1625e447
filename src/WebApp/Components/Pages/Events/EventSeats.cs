using Microsoft.Extensions.Localization;
using WebApp.Gateway;
using WebApp.Resources;

namespace WebApp.Components.Pages.Events;

/// <summary>Seats left and the waiting list of an event, as one sentence.</summary>
public static class EventSeats
{
    public static string Describe(CountyEvent item, IStringLocalizer<SharedResource> text) => item.Status switch
    {
        "cancelled" => text["EventCancelled"],
        "completed" => text["EventCompleted"],
        _ when item.SeatsLeft > 0 => text["SeatsLeft", item.SeatsLeft, item.Capacity],
        _ => text["FullWithWaitlist", item.WaitlistLength],
    };

    /// <summary>What a registration's answer means for the person.</summary>
    public static string Outcome(string status, int? position, IStringLocalizer<SharedResource> text) =>
        status == "confirmed" ? text["RegistrationConfirmed"] : text["RegistrationWaitlisted", position ?? 0];
}
