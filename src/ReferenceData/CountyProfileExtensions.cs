using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace ReferenceData;

public static class CountyProfileExtensions
{
    public const string SectionName = "County";

    /// <summary>
    /// Registers the <see cref="CountyProfile"/> singleton: the <c>County</c> section when it
    /// names municipalities, otherwise Kreis Warendorf. Lists a configured profile leaves empty
    /// (categories, target groups) keep the defaults.
    /// </summary>
    public static void AddCountyProfile(this IHostApplicationBuilder builder)
    {
        var configured = builder.Configuration.GetSection(SectionName).Get<CountyProfile>();
        var defaults = KreisWarendorf.Create();
        var profile = configured is { Municipalities.Count: > 0 } ? configured : defaults;
        if (profile.Categories.Count == 0)
        {
            profile.Categories = defaults.Categories;
        }

        if (profile.TargetGroups.Count == 0)
        {
            profile.TargetGroups = defaults.TargetGroups;
        }

        builder.Services.AddSingleton(profile);
    }
}
