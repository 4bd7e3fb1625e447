using ServiceDefaults.Api;
using ReferenceData;
using Messaging;
using Persistence;
using Offers.Api.Demo;
using Offers.Api.Infrastructure;
using Offers.Api.Search;

namespace Offers.Api.Extensions;

internal static class Extensions
{
    public static void AddApplicationServices(this IHostApplicationBuilder builder)
    {
        builder.AddCountyProfile();
        builder.AddServiceDbContext<OffersDbContext>("offersdb");
        builder.AddPlatformMessaging<OffersDbContext>("offers", bus =>
        {
            // consumers of this context are registered here
        });
        builder.Services.AddOptions<OfferSearchCacheOptions>().BindConfiguration(OfferSearchCacheOptions.SectionName);
        builder.Services.AddSingleton<OfferSearchCache>();
        builder.AddPlatformOpenApi();
        builder.Services.AddHostedService<DemoDataSeeder>();
    }
}
