using Microsoft.EntityFrameworkCore;
using ServiceDefaults.Reference;
using Volunteers.Api.Infrastructure;
using Volunteers.Api.Model;

namespace Volunteers.Api.Matching;

public sealed record VolunteerMatch(Guid VolunteerId, string FirstName, string LastName, string Municipality, double Score, IReadOnlyList<string> Reasons);

public sealed record MatchList(Guid OfferId, IReadOnlyList<VolunteerMatch> Items);

public sealed record OfferSuggestion(Guid OfferId, string Title, string Category, string Municipality, int HelpersNeeded, double Score, IReadOnlyList<string> Reasons);

public sealed record SuggestionList(IReadOnlyList<OfferSuggestion> Items);

/// <summary>
/// Ranks volunteers for an offer: SQL narrows to candidates that share a language, a fitting
/// skill or an available day (or everyone in scope if the offer names none of these) and leaves
/// out those already assigned; the score runs in memory over a narrow projection of flat arrays.
/// Names are read only for the few that are returned.
/// </summary>
public sealed class VolunteerMatcher(VolunteersDbContext db, CountyProfile county)
{
    private sealed record Candidate(Guid Id, string Municipality, List<string> LanguageLevels, List<string> Skills, List<string> AvailabilitySlots);

    public async Task<IReadOnlyList<VolunteerMatch>> RankVolunteersAsync(Offer offer, string? onlyMunicipality, int limit, CancellationToken cancellationToken)
    {
        var languages = offer.Languages;
        var skills = MatchScoring.FittingSkills(offer.Category).ToList();
        var days = offer.Schedule.Select(s => s.DayOfWeek.ToString().ToLowerInvariant()).Distinct().ToList();
        var anyCriterion = languages.Count + skills.Count + days.Count > 0;

        var query = db.Volunteers.AsNoTracking()
            .Where(v => !db.Assignments.Any(a => a.OfferId == offer.Id && a.VolunteerId == v.Id));
        query = onlyMunicipality is null ? query : query.Where(v => v.Municipality == onlyMunicipality);
        if (anyCriterion)
        {
            query = query.Where(v => v.LanguageCodes.Any(c => languages.Contains(c))
                                     || v.Skills.Any(s => skills.Contains(s))
                                     || v.AvailableDays.Any(d => days.Contains(d)));
        }

        var candidates = await query
            .Select(v => new Candidate(v.Id, v.Municipality, v.LanguageLevels, v.Skills, v.AvailabilitySlots))
            .ToListAsync(cancellationToken);

        var offerPlace = PlaceOf(offer);
        var ranked = candidates
            .Select(c => (c, result: MatchScoring.Score(offer, offerPlace, c.Municipality, county.FindMunicipality(c.Municipality)?.Location,
                c.LanguageLevels, c.Skills, c.AvailabilitySlots)))
            .Where(x => x.result.Score > 0)
            .OrderByDescending(x => x.result.Score).ThenBy(x => x.c.Id)
            .Take(limit)
            .ToList();

        var ids = ranked.Select(x => x.c.Id).ToList();
        var names = await db.Volunteers.AsNoTracking().Where(v => ids.Contains(v.Id))
            .Select(v => new { v.Id, v.FirstName, v.LastName })
            .ToDictionaryAsync(v => v.Id, cancellationToken);
        return ranked
            .Where(x => names.ContainsKey(x.c.Id)) // erased between the two reads
            .Select(x => new VolunteerMatch(x.c.Id, names[x.c.Id].FirstName, names[x.c.Id].LastName, x.c.Municipality, x.result.Score, x.result.Reasons))
            .ToList();
    }

    public async Task<IReadOnlyList<OfferSuggestion>> SuggestOffersAsync(Volunteer volunteer, int limit, CancellationToken cancellationToken)
    {
        var assigned = volunteer.Assignments.Select(a => a.OfferId).ToList();
        var offers = await db.Offers.AsNoTracking()
            .Where(o => o.Published && o.HelpersNeeded > 0 && !assigned.Contains(o.Id))
            .ToListAsync(cancellationToken);
        var home = county.FindMunicipality(volunteer.Municipality)?.Location;
        return offers
            .Select(o => (o, result: MatchScoring.Score(o, PlaceOf(o), volunteer.Municipality, home,
                volunteer.LanguageLevels, volunteer.Skills, volunteer.AvailabilitySlots)))
            // Distance alone is no reason to suggest an offer: something of the person must fit.
            .Where(x => x.result.Reasons.Exists(r => !r.Contains("km", StringComparison.Ordinal) && !r.StartsWith("lives", StringComparison.Ordinal) && !r.Contains("online", StringComparison.Ordinal)))
            .OrderByDescending(x => x.result.Score).ThenBy(x => x.o.Title)
            .Take(limit)
            .Select(x => new OfferSuggestion(x.o.Id, x.o.Title, x.o.Category, x.o.Municipality, x.o.HelpersNeeded, x.result.Score, x.result.Reasons))
            .ToList();
    }

    private GeoCoordinate? PlaceOf(Offer offer) =>
        offer is { Lat: { } lat, Lon: { } lon } ? new GeoCoordinate(lat, lon) : county.FindMunicipality(offer.Municipality)?.Location;
}
