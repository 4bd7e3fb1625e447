using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using Offers.Api.Infrastructure;
using Offers.Api.Overlaps;
using ServiceDefaults.Api;
using ServiceDefaults.Authentication;
using ReferenceData;

namespace Offers.Api.Apis;

public static class OverlapsApi
{
    /// <summary>GET /api/offers/overlaps?municipality= — coordinators for their own municipality, admins for any.</summary>
    public static async Task<Results<Ok<IReadOnlyList<OverlapGroupResponse>>, ValidationProblem, ProblemHttpResult>> GetOverlapsAsync(
        string? municipality, ClaimsPrincipal user, OffersDbContext db, CountyProfile county, CancellationToken cancellationToken)
    {
        municipality ??= user.IsAdmin() ? null : user.Municipality();
        var errors = new ValidationErrors();
        errors.AddIf(municipality is null, "municipality", "municipality is required.");
        errors.AddIf(municipality is not null && !county.IsMunicipality(municipality), "municipality", $"'{municipality}' is not a municipality.");
        if (!errors.IsValid)
        {
            return errors.ToProblem();
        }

        if (!user.MayManageMunicipality(municipality!))
        {
            return Problems.Forbidden("Coordinators see overlaps in their own municipality only.");
        }

        return TypedResults.Ok(await OverlapFinder.GroupsAsync(db, municipality!, cancellationToken));
    }
}
