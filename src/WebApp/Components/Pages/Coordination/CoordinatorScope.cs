using System.Security.Claims;
using WebApp.Account;
using WebApp.Gateway;

namespace WebApp.Components.Pages.Coordination;

/// <summary>Which municipality a coordination page is about.</summary>
public static class CoordinatorScope
{
    /// <summary>
    /// A coordinator's own municipality, always (the API would refuse any other); an admin's
    /// choice from the query, or the first municipality when none or an unknown one is chosen.
    /// </summary>
    public static string Municipality(ClaimsPrincipal user, string? chosen, IReadOnlyList<Municipality> municipalities)
    {
        if (!user.IsInRole("admin") && user.Municipality() is { Length: > 0 } own)
        {
            return own;
        }

        return municipalities.FirstOrDefault(m => m.Id == chosen)?.Id ?? municipalities.FirstOrDefault()?.Id ?? "";
    }
}
