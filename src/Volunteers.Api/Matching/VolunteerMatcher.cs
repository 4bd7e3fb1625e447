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
/// Ranks volunteers for an offer: scores every volunteer in the caller's scope from the in-memory
/// <see cref="MatchingIndex"/> (kept current with the database on each call), leaves out those
/// already assigned, and reads names from the database only for the few returned (which also
/// drops anyone erased meanwhile).
/// </summary>
public sealed class VolunteerMatcher(VolunteersDbContext db, MatchingIndex index, CountyProfile county)
{
    public async Task<IReadOnlyList<VolunteerMatch>> RankVolunteersAsync(Offer offer, string? onlyMunicipality, int limit, CancellationToken cancellationToken)
    {
        var candidates = await index.CurrentAsync(db, cancellationToken);
        var assigned = (await db.Assignments.Where(a => a.OfferId == offer.Id).Select(a => a.VolunteerId).ToListAsync(cancellationToken)).ToHashSet();

        var offerPlace = PlaceOf(offer);
        var schedule = MatchScoring.ScheduleMinutes(offer);
        double ScoreOf(MatchingIndex.Entry c, List<string>? reasons) => MatchScoring.Score(offer, schedule, offerPlace, c.Municipality,
            county.FindMunicipality(c.Municipality)?.Location, c.LanguageLevels, c.Skills, c.AvailabilityMinutes, reasons);

        // Score all without reasons; write reasons only for the few returned.
        var top = candidates
            .Where(c => (onlyMunicipality is null || c.Municipality == onlyMunicipality) && !assigned.Contains(c.Id))
            .Select(c => (Candidate: c, Score: ScoreOf(c, null)))
            .Where(x => x.Score > 0)
            .OrderByDescending(x => x.Score).ThenBy(x => x.Candidate.Id)
            .Take(limit)
            .ToList();

        var ids = top.Select(x => x.Candidate.Id).ToList();
        var names = await db.Volunteers.AsNoTracking().Where(v => ids.Contains(v.Id))
            .Select(v => new { v.Id, v.FirstName, v.LastName })
            .ToDictionaryAsync(v => v.Id, cancellationToken);
        var matches = new List<VolunteerMatch>(top.Count);
        foreach (var (candidate, score) in top)
        {
            if (names.TryGetValue(candidate.Id, out var name)) // else erased between the two reads
            {
                var reasons = new List<string>();
                ScoreOf(candidate, reasons);
                matches.Add(new VolunteerMatch(candidate.Id, name.FirstName, name.LastName, candidate.Municipality, score, reasons));
            }
        }

        return matches;
    }

    public async Task<IReadOnlyList<OfferSuggestion>> SuggestOffersAsync(Volunteer volunteer, int limit, CancellationToken cancellationToken)
    {
        var assigned = volunteer.Assignments.Select(a => a.OfferId).ToList();
        var offers = await db.Offers.AsNoTracking()
            .Where(o => o.Published && o.HelpersNeeded > 0 && !assigned.Contains(o.Id))
            .ToListAsync(cancellationToken);
        var home = county.FindMunicipality(volunteer.Municipality)?.Location;
        var suggestions = new List<OfferSuggestion>();
        foreach (var offer in offers)
        {
            var reasons = new List<string>();
            var score = MatchScoring.Score(offer, MatchScoring.ScheduleMinutes(offer), PlaceOf(offer), volunteer.Municipality, home,
                volunteer.LanguageLevels, volunteer.Skills, volunteer.AvailabilityMinutes, reasons);
            // Nearness alone is no reason to suggest an offer: a language, skill or time must fit.
            if (reasons.Exists(r => r.StartsWith("speaks", StringComparison.Ordinal) || r.StartsWith("skill", StringComparison.Ordinal)
                                    || r.StartsWith("available", StringComparison.Ordinal)))
            {
                suggestions.Add(new OfferSuggestion(offer.Id, offer.Title, offer.Category, offer.Municipality, offer.HelpersNeeded, score, reasons));
            }
        }

        return suggestions.OrderByDescending(s => s.Score).ThenBy(s => s.Title).Take(limit).ToList();
    }

    private GeoCoordinate? PlaceOf(Offer offer) =>
        offer is { Lat: { } lat, Lon: { } lon } ? new GeoCoordinate(lat, lon) : county.FindMunicipality(offer.Municipality)?.Location;
}
