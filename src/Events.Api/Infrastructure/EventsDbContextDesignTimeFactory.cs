using Persistence;

namespace Events.Api.Infrastructure;

/// <summary>For `dotnet ef migrations add`: the model as the service builds it, without a database.</summary>
internal sealed class EventsDbContextDesignTimeFactory : DesignTimeDbContextFactory<EventsDbContext>;
