using System.Security.Claims;

namespace ServiceDefaults.Authentication;

public static class ClaimsPrincipalExtensions
{
    public static string? Subject(this ClaimsPrincipal user) => user.FindFirstValue(PlatformClaims.Subject);

    public static string? Municipality(this ClaimsPrincipal user) => user.FindFirstValue(PlatformClaims.Municipality);

    public static string? Organization(this ClaimsPrincipal user) => user.FindFirstValue(PlatformClaims.Organization);

    public static bool IsAdmin(this ClaimsPrincipal user) => user.IsInRole(PlatformRoles.Admin);

    public static bool IsCoordinator(this ClaimsPrincipal user) => user.IsInRole(PlatformRoles.Coordinator);

    public static bool IsProvider(this ClaimsPrincipal user) => user.IsInRole(PlatformRoles.Provider);

    public static bool IsVolunteer(this ClaimsPrincipal user) => user.IsInRole(PlatformRoles.Volunteer);

    /// <summary>True for admins, and for coordinators serving <paramref name="municipality"/>.</summary>
    public static bool MayManageMunicipality(this ClaimsPrincipal user, string municipality) =>
        user.IsAdmin() || (user.IsCoordinator() && string.Equals(user.Municipality(), municipality, StringComparison.Ordinal));
}
