using Messaging;
using Messaging.Persistence;
using Volunteers.Api.Infrastructure;

namespace Volunteers.Api.Extensions;

internal static class Extensions
{
    public static void AddApplicationServices(this IHostApplicationBuilder builder)
    {
        builder.AddServiceDbContext<VolunteersDbContext>("volunteersdb");
        builder.AddPlatformMessaging<VolunteersDbContext>("volunteers", bus =>
        {
            // consumers of this context are registered here
        });
        builder.Services.AddOpenApi();
    }
}
