using Contracts.Schedules;
using Offers.Api.Apis;
using Offers.Api.Model;

namespace Offers.Api.Overlaps;

/// <summary>The facts about an offer the overlap rules look at.</summary>
public sealed record OverlapCandidate(
    Guid Id, string Title, string Municipality, string ProviderName, string? ProviderOrganization, string Category,
    bool Online, List<OfferSlot> Schedule, List<string> TargetGroups, List<string> Languages);

/// <summary>
/// When two published offers may duplicate each other (the issue's definition): same category,
/// same municipality or both online, intersecting weekly schedule, and a shared target group or
/// language. Or: near-identical titles from different providers in one municipality.
/// </summary>
public static class OverlapRules
{
    public const double SimilarTitleThreshold = 0.7;

    public static IReadOnlyList<string> Reasons(OverlapCandidate a, OverlapCandidate b)
    {
        var reasons = new List<string>();
        var samePlace = a.Municipality == b.Municipality || (a.Online && b.Online);
        if (a.Category == b.Category && samePlace)
        {
            var slots = IntersectingSlots(a.Schedule, b.Schedule);
            var groups = a.TargetGroups.Intersect(b.TargetGroups).ToList();
            var languages = a.Languages.Intersect(b.Languages).ToList();
            if (slots.Count > 0 && (groups.Count > 0 || languages.Count > 0))
            {
                reasons.Add($"same-category: {a.Category}");
                reasons.Add(a.Municipality == b.Municipality ? $"same-municipality: {a.Municipality}" : "both-online");
                reasons.Add($"intersecting-schedule: {string.Join(", ", slots)}");
                if (groups.Count > 0)
                {
                    reasons.Add($"shared-target-groups: {string.Join(", ", groups)}");
                }

                if (languages.Count > 0)
                {
                    reasons.Add($"shared-languages: {string.Join(", ", languages)}");
                }
            }
        }

        if (a.Municipality == b.Municipality && !SameProvider(a, b) && TitleSimilarity(a.Title, b.Title) >= SimilarTitleThreshold)
        {
            reasons.Add("similar-title-different-provider");
        }

        return reasons;
    }

    private static bool SameProvider(OverlapCandidate a, OverlapCandidate b) =>
        (a.ProviderOrganization is not null && a.ProviderOrganization == b.ProviderOrganization)
        || string.Equals(a.ProviderName.Trim(), b.ProviderName.Trim(), StringComparison.OrdinalIgnoreCase);

    private static List<string> IntersectingSlots(List<OfferSlot> a, List<OfferSlot> b) =>
        (from x in a.Select(s => s.ToWeeklySlot())
         from y in b.Select(s => s.ToWeeklySlot())
         where x.DayOfWeek == y.DayOfWeek && x.Start < y.End && y.Start < x.End
         select $"{x.Day} {WeeklySlot.TimeText(Max(x.Start, y.Start))}-{WeeklySlot.TimeText(Min(x.End, y.End))}").Distinct().ToList();

    private static TimeOnly Max(TimeOnly a, TimeOnly b) => a > b ? a : b;

    private static TimeOnly Min(TimeOnly a, TimeOnly b) => a < b ? a : b;

    /// <summary>Trigram similarity as pg_trgm defines it (shared / all trigrams of the padded words).</summary>
    public static double TitleSimilarity(string a, string b)
    {
        var x = Trigrams(a);
        var y = Trigrams(b);
        if (x.Count == 0 || y.Count == 0)
        {
            return 0;
        }

        var shared = x.Intersect(y).Count();
        return (double)shared / (x.Count + y.Count - shared);
    }

    private static HashSet<string> Trigrams(string text)
    {
        var set = new HashSet<string>(StringComparer.Ordinal);
        var words = new string(text.ToLowerInvariant().Select(c => char.IsLetterOrDigit(c) ? c : ' ').ToArray())
            .Split(' ', StringSplitOptions.RemoveEmptyEntries);
        foreach (var word in words)
        {
            var padded = $"  {word} ";
            for (var i = 0; i + 3 <= padded.Length; i++)
            {
                set.Add(padded.Substring(i, 3));
            }
        }

        return set;
    }
}
