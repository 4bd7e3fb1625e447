using ServiceDefaults.Api;
using ReferenceData;
using Contracts.Volunteers;
using Messaging;
using Persistence;
using Volunteers.Api.Infrastructure;
using Volunteers.Api.IntegrationEvents;
using Volunteers.Api.Matching;

namespace Volunteers.Api.Extensions;

internal static class Extensions
{
    public static void AddApplicationServices(this IHostApplicationBuilder builder)
    {
        builder.AddCountyProfile();
        builder.AddServiceDbContext<VolunteersDbContext>("volunteersdb");
        builder.AddPlatformMessaging<VolunteersDbContext>("volunteers", bus =>
        {
            bus.AddConsumer<OfferPublishedConsumer>();
            bus.AddConsumer<OfferUpdatedConsumer>();
            bus.AddConsumer<OfferArchivedConsumer>();
            bus.AddConsumer<TrainingCompletedConsumer>();
            // Answered by the Events context (EventsPersonalData); the export waits at most 5 s.
            bus.AddRequestClient<CollectPersonalData>(TimeSpan.FromSeconds(5));
        });
        builder.Services.AddSingleton<MatchingIndex>();
        builder.Services.AddScoped<VolunteerMatcher>();
        builder.AddPlatformOpenApi();
    }
}
