using Offers.Api.Infrastructure;
using ReferenceData;

namespace Offers.Api.Demo;

/// <summary>
/// Loads the demo data at start-up when <c>Offers:SeedDemoData</c> is true (e.g.
/// <c>dotnet run --project src/Offers.Api -- --Offers:SeedDemoData=true</c>). Registered after the
/// database migrator, whose StartAsync has finished by then.
/// </summary>
internal sealed class DemoDataSeeder(IServiceScopeFactory scopes, IConfiguration configuration, ILogger<DemoDataSeeder> logger) : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        if (!configuration.GetValue<bool>("Offers:SeedDemoData"))
        {
            return;
        }

        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<OffersDbContext>();
        var added = await DemoDataLoader.LoadAsync(db, scope.ServiceProvider.GetRequiredService<CountyProfile>(), cancellationToken);
        logger.LogInformation("Demo data: {Added} offers added.", added);
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
