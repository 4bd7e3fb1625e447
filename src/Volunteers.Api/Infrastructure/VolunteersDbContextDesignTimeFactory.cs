using Persistence;

namespace Volunteers.Api.Infrastructure;

/// <summary>For `dotnet ef migrations add`: the model as the service builds it, without a database.</summary>
internal sealed class VolunteersDbContextDesignTimeFactory : DesignTimeDbContextFactory<VolunteersDbContext>;
