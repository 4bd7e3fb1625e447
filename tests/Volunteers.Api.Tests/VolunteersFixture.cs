using MassTransit;
using Microsoft.Extensions.DependencyInjection;
using TestInfrastructure;
using Volunteers.Api.Infrastructure;

namespace Volunteers.Api.Tests;

/// <summary>
/// The Volunteers service on its own database and vhost, shared by the test classes of the
/// collection (tests use distinct subjects and ids, so they do not see each other's data), plus the
/// test bus on the same vhost.
/// </summary>
public sealed class VolunteersFixture : ServiceFixture<Program>
{
    protected override string DatabaseName => "volunteersdb";

    /// <summary>Publishes into the service as the other contexts do, and records what it publishes.</summary>
    public TestBus Bus { get; private set; } = null!;

    public override async Task InitializeAsync()
    {
        await base.InitializeAsync();
        Bus = await TestBus.StartAsync(AmqpUri);
    }

    /// <summary>Runs a query against the service's database in a fresh scope.</summary>
    public async Task<T> QueryAsync<T>(Func<VolunteersDbContext, Task<T>> query)
    {
        await using var scope = Factory.Services.CreateAsyncScope();
        return await query(scope.ServiceProvider.GetRequiredService<VolunteersDbContext>());
    }

    public override async Task DisposeAsync()
    {
        await Bus.DisposeAsync();
        await base.DisposeAsync();
    }
}

[CollectionDefinition(Name)]
public sealed class VolunteersCollection : ICollectionFixture<VolunteersFixture>
{
    public const string Name = "volunteers";
}
