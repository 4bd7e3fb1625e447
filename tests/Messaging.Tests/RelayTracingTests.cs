using System.Collections.Concurrent;
using System.Diagnostics;
using Contracts.Offers;
using Messaging.Outbox;
using Messaging.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Npgsql;
using Persistence;
using TestInfrastructure;

namespace Messaging.Tests;

/// <summary>
/// The relay's own database work (confirming its leadership, looking for rows, marking them
/// sent) is not traced on its own: at every poll it would be a one-span trace per service, which
/// buries the operators' real traces in the dashboard. Commands inside an operation still are.
/// In the collection that runs alone: the listener hears every Npgsql command of the process.
/// </summary>
[Collection(RelayReplicaTests.Alone)]
public sealed class RelayTracingTests(PostgresDatabaseFixture database, RabbitMqVirtualHostFixture virtualHost)
    : IClassFixture<PostgresDatabaseFixture>, IClassFixture<RabbitMqVirtualHostFixture>
{
    private static readonly ActivitySource Operation = new("Messaging.Tests.Operation");

    [Fact]
    public async Task Relay_IdleAndRelaying_TracesNoDatabaseCommandOutsideAnOperation()
    {
        var outsideOperations = new ConcurrentQueue<string>();
        var insideOperation = new ConcurrentQueue<string>();
        using var listener = new ActivityListener
        {
            ShouldListenTo = _ => true, // as the services' OpenTelemetry does: every source, every span recorded
            Sample = (ref ActivityCreationOptions<ActivityContext> _) => ActivitySamplingResult.AllDataAndRecorded,
            ActivityStarted = activity =>
            {
                if (activity.Source.Name == "Npgsql")
                {
                    (activity.Parent is null ? outsideOperations : insideOperation).Enqueue(activity.DisplayName);
                }
            },
        };
        ActivitySource.AddActivityListener(listener);
        using var host = MessagingHost.Create(database.ConnectionString, virtualHost.AmqpUri, "relay-tracing");
        await host.StartAndWaitForBusAsync();

        // A row relayed and consumed, then more polls after it: every command of the relay's loop has run.
        var offerId = Guid.NewGuid();
        await host.WithDbAsync(async db =>
        {
            db.AddIntegrationEvent(new OfferArchivedIntegrationEvent(offerId, 1, DateTimeOffset.UtcNow));
            return await db.SaveChangesAsync();
        });
        await Eventually.HoldsAsync("the event was consumed", () => host.WithDbAsync(db => db.Tallies.AnyAsync(t => t.Key == offerId.ToString())), TimeSpan.FromSeconds(20));
        var consumed = DateTime.UtcNow;
        await Eventually.HoldsAsync("the relay confirmed its leadership again since", () => LeadershipConfirmedSinceAsync(consumed), TimeSpan.FromSeconds(20));

        // The listener hears what it should: a command inside an operation is traced.
        using (Operation.StartActivity("an operation"))
        {
            await host.WithDbAsync(db => db.Tallies.CountAsync());
        }

        Assert.True(!insideOperation.IsEmpty, $"nothing traced inside the operation (outside: {outsideOperations.Count})");
        Assert.True(outsideOperations.IsEmpty, "traced outside any operation: " + string.Join(", ", outsideOperations.Distinct()));
        await host.StopAsync();
    }

    /// <summary>Whether the relay's leadership session ran its confirmation after <paramref name="since"/> (seen in pg_stat_activity, through an untraced connection).</summary>
    private async Task<bool> LeadershipConfirmedSinceAsync(DateTime since)
    {
        await using var probes = DataConventions.UnpooledDataSource(new NpgsqlConnection(database.ConnectionString), "relay-tracing probe");
        await using var command = probes.CreateCommand(
            "SELECT count(*) FROM pg_stat_activity WHERE datname = current_database() AND application_name LIKE '% outbox relay' AND query = 'SELECT 1' AND query_start > $1");
        command.Parameters.AddWithValue(since);
        return (long)(await command.ExecuteScalarAsync())! > 0;
    }
}
