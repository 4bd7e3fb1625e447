using System.Security.Claims;
using Events.Api.Model;
using ServiceDefaults.Authentication;

namespace Events.Api.Apis;

/// <summary>
/// Who sees and manages which events. Anonymous callers and providers see public events,
/// volunteers also those for volunteers, coordinators and admins all. Coordinators manage the
/// events of their municipality; county-wide events (no municipality) only admins.
/// </summary>
internal static class EventAccess
{
    public static IReadOnlyList<EventAudience> VisibleAudiences(ClaimsPrincipal user) =>
        user.IsAdmin() || user.IsCoordinator() ? [EventAudience.Public, EventAudience.Volunteers, EventAudience.Coordinators]
        : user.IsVolunteer() ? [EventAudience.Public, EventAudience.Volunteers]
        : [EventAudience.Public];

    public static bool CanSee(ClaimsPrincipal user, Event e) => VisibleAudiences(user).Contains(e.Audience);

    public static bool MayManage(ClaimsPrincipal user, string? municipality) =>
        municipality is null ? user.IsAdmin() : user.MayManageMunicipality(municipality);
}
