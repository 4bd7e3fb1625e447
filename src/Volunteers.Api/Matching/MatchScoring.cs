using Contracts.Schedules;
using System.Globalization;
using ReferenceData;
using Volunteers.Api.Model;

namespace Volunteers.Api.Matching;

/// <summary>
/// How well a volunteer fits an offer, and why. Pure functions over narrow inputs, so the same
/// rules rank volunteers for an offer and offers for a volunteer. Points: 10 × level weight per
/// shared language (basic 1 … native 4), distance up to 30 (0 beyond 40 km; online offers get
/// all 30), fitting skills 15 each up to 30, overlapping availability 2.5 per half hour up to 20.
/// Reasons are only written when asked for, so ranking thousands allocates little.
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

    public static int LevelWeight(ReadOnlySpan<char> level) => level switch
    {
        "native" => 4,
        "fluent" => 3,
        "good" => 2,
        _ => 1,
    };

    /// <summary>The offer's schedule as minute-of-week pairs, computed once per ranking.</summary>
    public static int[] ScheduleMinutes(KnownOffer offer) =>
        offer.Schedule.Select(s => s.ToWeeklySlot().WeekMinutes).SelectMany(m => new[] { m.Start, m.End }).ToArray();

    /// <summary>Kilometres between the offer's place and a municipality's centre (null when either is unknown).</summary>
    public static double? DistanceKm(GeoCoordinate? offerPlace, GeoCoordinate? volunteerPlace) =>
        offerPlace is null || volunteerPlace is null ? null : Geo.HaversineKm(offerPlace, volunteerPlace);

    /// <summary>Scores one volunteer (as stored: <c>code:level</c> strings, minute-of-week pairs) for one offer.</summary>
    public static double Score(
        KnownOffer offer, int[] schedule, string municipality, double? distanceKm,
        List<string> languageLevels, List<string> skills, List<int> availability, List<string>? reasons = null)
    {
        double score = 0;
        foreach (var entry in languageLevels)
        {
            var separator = entry.IndexOf(':', StringComparison.Ordinal);
            var code = entry.AsSpan(0, separator);
            foreach (var wanted in offer.Languages)
            {
                if (code.SequenceEqual(wanted))
                {
                    var level = entry.AsSpan(separator + 1);
                    score += LevelWeight(level) * 10;
                    reasons?.Add($"speaks {wanted} ({level})");
                }
            }
        }

        if (offer.Online)
        {
            score += 30;
            reasons?.Add("the offer is online");
        }
        else if (distanceKm is { } km)
        {
            score += 30 * Math.Max(0, 1 - km / MaxDistanceKm);
            reasons?.Add(municipality == offer.Municipality
                ? "lives in the offer's municipality"
                : $"lives {km.ToString("0", CultureInfo.InvariantCulture)} km from the offer");
        }

        var fitting = 0;
        foreach (var skill in FittingSkills(offer.Category))
        {
            if (skills.Contains(skill))
            {
                fitting++;
                reasons?.Add($"skill '{skill}' fits category '{offer.Category}'");
            }
        }

        score += Math.Min(30, fitting * 15);
        var overlap = OverlapMinutes(schedule, availability, reasons);
        score += Math.Min(20, overlap / 30.0 * 2.5);
        return Math.Round(score, 1);
    }

    private static int OverlapMinutes(int[] schedule, List<int> availability, List<string>? reasons)
    {
        var total = 0;
        for (var a = 0; a + 1 < availability.Count; a += 2)
        {
            for (var s = 0; s + 1 < schedule.Length; s += 2)
            {
                var overlap = Math.Min(availability[a + 1], schedule[s + 1]) - Math.Max(availability[a], schedule[s]);
                if (overlap > 0)
                {
                    total += overlap;
                    reasons?.Add($"available on {WeeklySlot.DayNameOfMinute(schedule[s])} when the offer runs");
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
