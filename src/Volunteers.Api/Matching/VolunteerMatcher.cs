using Microsoft.EntityFrameworkCore;
using ReferenceData;
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
    public async Task<IReadOnlyList<VolunteerMatch>> RankVolunteersAsync(KnownOffer offer, string? onlyMunicipality, int limit, CancellationToken cancellationToken)
    {
        var candidates = await index.CurrentAsync(db, cancellationToken);
        var assigned = (await db.Assignments.Where(a => a.OfferId == offer.OfferId).Select(a => a.VolunteerId).ToListAsync(cancellationToken)).ToHashSet();

        var offerPlace = PlaceOf(offer);
        var schedule = MatchScoring.ScheduleMinutes(offer);
        // 13 municipalities: one distance each per request, not one per volunteer.
        var distances = county.Municipalities.ToDictionary(m => m.Id, m => MatchScoring.DistanceKm(offerPlace, m.Location), StringComparer.Ordinal);
        double ScoreOf(MatchingIndex.Entry c, List<string>? reasons) => MatchScoring.Score(offer, schedule, c.Municipality,
            distances.GetValueOrDefault(c.Municipality), c.LanguageLevels, c.Skills, c.AvailabilityMinutes, reasons);

        // Score all without reasons, keeping only the best `limit` (a bounded heap, no full sort);
        // reasons are written only for those returned.
        var best = new PriorityQueue<MatchingIndex.Entry, (double Score, Guid Id)>(limit + 1, WorstFirst.Instance);
        foreach (var candidate in candidates)
        {
            if ((onlyMunicipality is not null && candidate.Municipality != onlyMunicipality) || assigned.Contains(candidate.Id))
            {
                continue;
            }

            var score = ScoreOf(candidate, null);
            if (score > 0)
            {
                best.Enqueue(candidate, (score, candidate.Id));
                if (best.Count > limit)
                {
                    best.Dequeue();
                }
            }
        }

        var top = new List<(MatchingIndex.Entry Candidate, double Score)>(best.Count);
        while (best.TryDequeue(out var entry, out var priority))
        {
            top.Add((entry, priority.Score));
        }

        top.Reverse();

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
        var offers = await db.KnownOffers.AsNoTracking()
            .Where(o => o.Published && o.HelpersNeeded > 0 && !assigned.Contains(o.OfferId))
            .ToListAsync(cancellationToken);
        var home = county.FindMunicipality(volunteer.Municipality)?.Location;
        var suggestions = new List<OfferSuggestion>();
        foreach (var offer in offers)
        {
            var reasons = new List<string>();
            var score = MatchScoring.Score(offer, MatchScoring.ScheduleMinutes(offer), volunteer.Municipality, MatchScoring.DistanceKm(PlaceOf(offer), home),
                volunteer.LanguageLevels, volunteer.Skills, volunteer.AvailabilityMinutes, reasons);
            // Nearness alone is no reason to suggest an offer: a language, skill or time must fit.
            if (reasons.Exists(r => r.StartsWith("speaks", StringComparison.Ordinal) || r.StartsWith("skill", StringComparison.Ordinal)
                                    || r.StartsWith("available", StringComparison.Ordinal)))
            {
                suggestions.Add(new OfferSuggestion(offer.OfferId, offer.Title, offer.Category, offer.Municipality, offer.HelpersNeeded, score, reasons));
            }
        }

        return suggestions.OrderByDescending(s => s.Score).ThenBy(s => s.Title).Take(limit).ToList();
    }

    private GeoCoordinate? PlaceOf(KnownOffer offer) =>
        offer is { Lat: { } lat, Lon: { } lon } ? new GeoCoordinate(lat, lon) : county.FindMunicipality(offer.Municipality)?.Location;

    /// <summary>Heap order: lowest score first (ties: larger id first), so the heap drops the worst.</summary>
    private sealed class WorstFirst : IComparer<(double Score, Guid Id)>
    {
        public static readonly WorstFirst Instance = new();

        public int Compare((double Score, Guid Id) x, (double Score, Guid Id) y) =>
            x.Score != y.Score ? x.Score.CompareTo(y.Score) : y.Id.CompareTo(x.Id);
    }
}
