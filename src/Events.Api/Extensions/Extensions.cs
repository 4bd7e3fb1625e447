using ServiceDefaults.Api;
using ReferenceData;
using Messaging;
using Persistence;
using Events.Api.Calendar;
using Events.Api.Infrastructure;
using Events.Api.IntegrationEvents;

namespace Events.Api.Extensions;

internal static class Extensions
{
    public static void AddApplicationServices(this IHostApplicationBuilder builder)
    {
        builder.AddCountyProfile();
        builder.AddServiceDbContext<EventsDbContext>("eventsdb");
        builder.AddPlatformMessaging<EventsDbContext>("events", bus =>
        {
            bus.AddConsumer<OfferPublishedConsumer>();
            bus.AddConsumer<OfferUpdatedConsumer>();
            bus.AddConsumer<OfferArchivedConsumer>();
            bus.AddConsumer<VolunteerRegisteredConsumer>();
            bus.AddConsumer<VolunteerUpdatedConsumer>();
            bus.AddConsumer<VolunteerErasedConsumer>();
            bus.AddConsumer<CollectPersonalDataConsumer>();
        });
        builder.Services.AddSingleton<CalendarFeedCache>();
        builder.AddPlatformOpenApi();
    }
}
