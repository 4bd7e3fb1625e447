using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using ServiceDefaults.Api;
using Volunteers.Api.Infrastructure;
using Volunteers.Api.Matching;

namespace Volunteers.Api.Apis;

/// <summary>Volunteers for an offer, and offers for a volunteer.</summary>
public static partial class VolunteersApi
{
    public static async Task<Results<Ok<MatchList>, ValidationProblem, ProblemHttpResult>> MatchAsync(
        Guid? offerId, int? limit, ClaimsPrincipal user, VolunteersDbContext db, VolunteerMatcher matcher, CancellationToken cancellationToken)
    {
        var errors = new ValidationErrors();
        errors.AddIf(offerId is null || offerId == Guid.Empty, "offerId", "offerId is required.");
        errors.AddIf(limit is < 1 or > 100, "limit", "limit must be between 1 and 100.");
        if (!errors.IsValid)
        {
            return errors.ToProblem();
        }

        var offer = await db.KnownOffers.FindAsync([offerId!.Value], cancellationToken);
        if (offer is null || !offer.Published)
        {
            return Problems.NotFound("No such published offer.");
        }

        if (offer.HelpersNeeded <= 0)
        {
            return Problems.Conflict("The offer does not want helpers (helpersNeeded is 0).");
        }

        var matches = await matcher.RankVolunteersAsync(offer, VisibleMunicipality(user), limit ?? 20, cancellationToken);
        return TypedResults.Ok(new MatchList(offer.OfferId, matches));
    }

    public static async Task<Results<Ok<SuggestionList>, ProblemHttpResult>> SuggestForMeAsync(
        ClaimsPrincipal user, VolunteersDbContext db, VolunteerMatcher matcher, CancellationToken cancellationToken)
    {
        var volunteer = await FindMineAsync(db, user, cancellationToken);
        if (volunteer is null)
        {
            return NotRegistered();
        }

        return TypedResults.Ok(new SuggestionList(await matcher.SuggestOffersAsync(volunteer, 20, cancellationToken)));
    }
}
