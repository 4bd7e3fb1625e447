using System.Globalization;
using ServiceDefaults.Reference;
using Volunteers.Api.Model;

namespace Volunteers.Api.Matching;

/// <summary>
/// How well a volunteer fits an offer, and why. Pure functions over narrow inputs, so the same
/// rules rank volunteers for an offer and offers for a volunteer. Points: languages up to 40
/// per shared language (by level), distance up to 30, fitting skills up to 30, overlapping
/// availability up to 20.
/// </summary>
public static class MatchScoring
{
    /// <summary>Skills that help with offers of a category (a small, deliberate mapping).</summary>
    public static readonly IReadOnlyDictionary<string, string[]> SkillsByCategory = new Dictionary<string, string[]>(StringComparer.Ordinal)
    {
        ["language"] = ["language-support", "tutoring", "interpreting"],
        ["accompaniment"] = ["accompaniment", "driving", "interpreting"],
        ["youth"] = ["childcare", "tutoring"],
        ["family"] = ["childcare", "accompaniment"],
        ["encounter"] = ["listening", "language-support"],
        ["counselling"] = ["listening", "interpreting"],
        ["work"] = ["tutoring", "digital-help"],
        ["housing"] = ["accompaniment", "interpreting"],
        ["health"] = ["accompaniment", "interpreting", "driving"],
        ["legal"] = ["interpreting", "accompaniment"],
        ["women"] = ["listening", "childcare"],
    };

    private const double MaxDistanceKm = 40;

    public static string[] FittingSkills(string category) => SkillsByCategory.GetValueOrDefault(category) ?? [];

    public static int LevelWeight(string level) => level switch
    {
        "native" => 4,
        "fluent" => 3,
        "good" => 2,
        _ => 1,
    };

    /// <summary>Scores one volunteer (as stored: <c>code:level</c> and <c>day start end</c> strings) for one offer.</summary>
    public static (double Score, List<string> Reasons) Score(
        Offer offer, GeoCoordinate? offerPlace, string municipality, GeoCoordinate? volunteerPlace,
        IEnumerable<string> languageLevels, IEnumerable<string> skills, IEnumerable<string> availabilitySlots)
    {
        var reasons = new List<string>();
        double score = 0;

        foreach (var entry in languageLevels)
        {
            var separator = entry.IndexOf(':', StringComparison.Ordinal);
            var code = entry[..separator];
            if (offer.Languages.Contains(code))
            {
                var level = entry[(separator + 1)..];
                score += LevelWeight(level) * 10;
                reasons.Add($"speaks {code} ({level})");
            }
        }

        if (offer.Online)
        {
            score += 30;
            reasons.Add("the offer is online");
        }
        else if (offerPlace is not null && volunteerPlace is not null)
        {
            var km = Geo.HaversineKm(offerPlace, volunteerPlace);
            var points = 30 * Math.Max(0, 1 - km / MaxDistanceKm);
            score += points;
            reasons.Add(municipality == offer.Municipality
                ? "lives in the offer's municipality"
                : $"{km.ToString("0", CultureInfo.InvariantCulture)} km from the offer");
        }

        var fitting = FittingSkills(offer.Category).Intersect(skills).ToList();
        if (fitting.Count > 0)
        {
            score += Math.Min(30, fitting.Count * 15);
            reasons.Add($"skills fit '{offer.Category}': {string.Join(", ", fitting)}");
        }

        var overlap = OverlapMinutes(offer.Schedule, availabilitySlots, out var days);
        if (overlap > 0)
        {
            score += Math.Min(20, overlap / 30.0 * 2.5);
            reasons.Add($"available when the offer runs ({string.Join(", ", days)})");
        }

        return (Math.Round(score, 1), reasons);
    }

    private static int OverlapMinutes(List<OfferSlot> schedule, IEnumerable<string> slots, out List<string> days)
    {
        days = [];
        var total = 0;
        foreach (var slot in slots)
        {
            var parts = slot.Split(' ');
            var day = Enum.Parse<DayOfWeek>(parts[0], ignoreCase: true);
            var start = TimeOnly.ParseExact(parts[1], "HH:mm", CultureInfo.InvariantCulture);
            var end = TimeOnly.ParseExact(parts[2], "HH:mm", CultureInfo.InvariantCulture);
            foreach (var offered in schedule)
            {
                if (offered.DayOfWeek != day)
                {
                    continue;
                }

                var from = start > offered.Start ? start : offered.Start;
                var to = end < offered.End ? end : offered.End;
                if (to > from)
                {
                    total += (int)(to - from).TotalMinutes;
                    if (!days.Contains(parts[0]))
                    {
                        days.Add(parts[0]);
                    }
                }
            }
        }

        return total;
    }
}

internal static class Geo
{
    public static double HaversineKm(GeoCoordinate a, GeoCoordinate b)
    {
        const double earthRadiusKm = 6371.0;
        var dLat = ToRadians(b.Lat - a.Lat);
        var dLon = ToRadians(b.Lon - a.Lon);
        var h = Math.Sin(dLat / 2) * Math.Sin(dLat / 2)
                + Math.Cos(ToRadians(a.Lat)) * Math.Cos(ToRadians(b.Lat)) * Math.Sin(dLon / 2) * Math.Sin(dLon / 2);
        return 2 * earthRadiusKm * Math.Asin(Math.Min(1, Math.Sqrt(h)));
    }

    private static double ToRadians(double degrees) => degrees * Math.PI / 180;
}
