using Messaging;
using Messaging.Persistence;
using Events.Api.Infrastructure;

namespace Events.Api.Extensions;

internal static class Extensions
{
    public static void AddApplicationServices(this IHostApplicationBuilder builder)
    {
        builder.AddServiceDbContext<EventsDbContext>("eventsdb");
        builder.AddPlatformMessaging<EventsDbContext>("events", bus =>
        {
            // consumers of this context are registered here
        });
        builder.Services.AddOpenApi();
    }
}
