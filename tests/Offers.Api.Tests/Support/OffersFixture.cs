using TestInfrastructure;

namespace Offers.Api.Tests.Support;

/// <summary>The Offers service on its own throwaway database and vhost, with a test bus listening to its events.</summary>
public class OffersFixture : ServiceFixture<Program>
{
    protected override string DatabaseName => "offersdb";

    public TestBus Events { get; private set; } = null!;

    public override async Task InitializeAsync()
    {
        await base.InitializeAsync();
        Events = await TestBus.StartAsync(AmqpUri);
    }

    public override async Task DisposeAsync()
    {
        await Events.DisposeAsync();
        await base.DisposeAsync();
    }
}
