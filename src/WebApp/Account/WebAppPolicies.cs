using System.Security.Claims;

namespace WebApp.Account;

/// <summary>Who may open which part of the web app; the gateway decides again on every call.</summary>
public static class WebAppPolicies
{
    public const string Coordination = "coordination";
    public const string Volunteer = "volunteer";

    // The claim names of the platform's tokens (api.md, "Who may do what").
    public const string SubjectClaim = "sub";
    public const string RoleClaim = "role";
    public const string MunicipalityClaim = "municipality";
    public const string OrganisationClaim = "org";

    public static string? Municipality(this ClaimsPrincipal user) => user.FindFirst(MunicipalityClaim)?.Value;

    public static bool IsCoordinatorOrAdmin(this ClaimsPrincipal user) => user.IsInRole("coordinator") || user.IsInRole("admin");

    public static bool IsVolunteer(this ClaimsPrincipal user) => user.IsInRole("volunteer");
}
