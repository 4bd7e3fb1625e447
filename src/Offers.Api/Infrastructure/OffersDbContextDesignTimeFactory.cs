using Persistence;

namespace Offers.Api.Infrastructure;

/// <summary>For `dotnet ef migrations add`: the model as the service builds it, without a database.</summary>
internal sealed class OffersDbContextDesignTimeFactory : DesignTimeDbContextFactory<OffersDbContext>;
