using Microsoft.EntityFrameworkCore;
using Offers.Api.Apis;
using Offers.Api.Infrastructure;
using Offers.Api.Model;

namespace Offers.Api.Overlaps;

/// <summary>Finds possible duplicates among published offers with <see cref="OverlapRules"/>.</summary>
public static class OverlapFinder
{
    /// <summary>Published offers that may duplicate <paramref name="offer"/>: candidates are those in its municipality, and other online offers of its category.</summary>
    public static async Task<IReadOnlyList<OverlapResponse>> FindForAsync(OffersDbContext db, Offer offer, CancellationToken cancellationToken)
    {
        var self = ToCandidate(offer);
        var candidates = await Candidates(db.Offers.Where(o => o.Id != offer.Id
                && (o.Municipality == offer.Municipality || (offer.Online && o.Online && o.Category == offer.Category))))
            .ToListAsync(cancellationToken);
        return candidates
            .Select(c => (Candidate: c, Reasons: OverlapRules.Reasons(self, c)))
            .Where(x => x.Reasons.Count > 0)
            .Select(x => ToResponse(x.Candidate, x.Reasons))
            .ToList();
    }

    /// <summary>Groups of mutually overlapping published offers with at least one in <paramref name="municipality"/> (connected pairs form one group).</summary>
    public static async Task<IReadOnlyList<OverlapGroupResponse>> GroupsAsync(OffersDbContext db, string municipality, CancellationToken cancellationToken)
    {
        var offers = await Candidates(db.Offers.Where(o => o.Municipality == municipality || o.Online)).ToListAsync(cancellationToken);
        var parent = offers.ToDictionary(o => o.Id, o => o.Id);
        var reasons = offers.ToDictionary(o => o.Id, _ => new List<string>());
        Guid Root(Guid id) => parent[id] == id ? id : parent[id] = Root(parent[id]);

        for (var i = 0; i < offers.Count; i++)
        {
            for (var j = i + 1; j < offers.Count; j++)
            {
                var (a, b) = (offers[i], offers[j]);
                if (a.Municipality != municipality && b.Municipality != municipality)
                {
                    continue;
                }

                var pair = OverlapRules.Reasons(a, b);
                if (pair.Count > 0)
                {
                    parent[Root(a.Id)] = Root(b.Id);
                    reasons[a.Id].AddRange(pair);
                }
            }
        }

        return offers
            .Where(o => offers.Any(other => other.Id != o.Id && Root(other.Id) == Root(o.Id)))
            .GroupBy(o => Root(o.Id))
            .Select(g => new OverlapGroupResponse(
                g.OrderBy(o => o.Title).Select(o => ToResponse(o, [])).ToList(),
                g.SelectMany(o => reasons[o.Id]).Distinct().ToList()))
            .OrderBy(g => g.Offers[0].Title)
            .ToList();
    }

    private static IQueryable<OverlapCandidate> Candidates(IQueryable<Offer> offers) =>
        offers.AsNoTracking().Where(o => o.Status == OfferStatus.Published).Select(o => new OverlapCandidate(
            o.Id, o.Title, o.Municipality, o.ProviderName, o.ProviderOrganization, o.Category,
            o.Online, o.Schedule, o.TargetGroups, o.Languages));

    private static OverlapCandidate ToCandidate(Offer o) => new(
        o.Id, o.Title, o.Municipality, o.ProviderName, o.ProviderOrganization, o.Category, o.Online, o.Schedule, o.TargetGroups, o.Languages);

    private static OverlapResponse ToResponse(OverlapCandidate o, IReadOnlyList<string> reasons) =>
        new(o.Id, o.Title, o.Municipality, o.ProviderName, reasons);
}
