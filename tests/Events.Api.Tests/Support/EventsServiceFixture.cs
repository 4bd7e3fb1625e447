using Events.Api.Infrastructure;
using Events.Api.Model;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using TestInfrastructure;

namespace Events.Api.Tests.Support;

/// <summary>The Events service on its own throwaway database and RabbitMQ virtual host.</summary>
public sealed class EventsServiceFixture : ServiceFixture<Program>
{
    protected override string DatabaseName => "eventsdb";

    /// <summary>Publishes into the service as the other contexts do, and records what it publishes.</summary>
    public TestBus Bus { get; private set; } = null!;

    public override async Task InitializeAsync()
    {
        await base.InitializeAsync();
        Bus = await TestBus.StartAsync(AmqpUri);
    }

    public override async Task DisposeAsync()
    {
        await Bus.DisposeAsync();
        await base.DisposeAsync();
    }

    public async Task<T> WithDbAsync<T>(Func<EventsDbContext, Task<T>> query)
    {
        await using var scope = Factory.Services.CreateAsyncScope();
        return await query(scope.ServiceProvider.GetRequiredService<EventsDbContext>());
    }

    /// <summary>
    /// Puts volunteers straight into the read model (test setup for many volunteers at once;
    /// the consumer path over the broker has its own tests).
    /// </summary>
    public Task<List<Guid>> SeedVolunteersAsync(IEnumerable<string> subjects, string municipality = "warendorf") =>
        WithDbAsync(async db =>
        {
            var volunteers = subjects.Select(s => new KnownVolunteer
            {
                VolunteerId = Guid.NewGuid(), Subject = s, Municipality = municipality, DisplayName = "Test " + s, Version = 1,
            }).ToList();
            db.KnownVolunteers.AddRange(volunteers);
            await db.SaveChangesAsync();
            return volunteers.Select(v => v.VolunteerId).ToList();
        });

    public async Task<Guid> SeedVolunteerAsync(string subject, string municipality = "warendorf") =>
        (await SeedVolunteersAsync([subject], municipality))[0];
}
