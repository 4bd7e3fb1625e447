using LocalInfrastructure;
using Microsoft.Extensions.Logging;

namespace AppHost.LocalServers;

/// <summary>
/// Aspire carries a server's state over to its child databases only for containers. For our
/// executable server this does it: each database follows the server's state, except that it is
/// Running only once it exists (created as soon as the server is healthy, again after a
/// restart; creating is idempotent). Without it the databases would never leave Waiting, and
/// neither would any service that waits for one.
/// </summary>
internal static class DatabaseStates
{
    public static async Task FollowServerAsync(
        LocalPostgresServerResource server, IDistributedApplicationBuilder builder, ResourceNotificationService notifications, ILogger log, CancellationToken stopping)
    {
        var databases = builder.Resources.OfType<LocalPostgresDatabaseResource>().Where(d => d.Parent == server).ToList();
        var created = false;
        try
        {
            await foreach (var update in notifications.WatchAsync(stopping))
            {
                if (update.Resource != server)
                {
                    continue;
                }

                var snapshot = update.Snapshot;
                var running = snapshot.State?.Text == KnownResourceStates.Running;
                if (!running)
                {
                    created = false;
                }
                else if (!created && snapshot.HealthStatus == Microsoft.Extensions.Diagnostics.HealthChecks.HealthStatus.Healthy)
                {
                    created = await TryCreateAsync(server, log, stopping);
                }

                var state = running && !created ? new ResourceStateSnapshot(KnownResourceStates.Starting, KnownResourceStateStyles.Info) : snapshot.State;
                foreach (var database in databases)
                {
                    await notifications.PublishUpdateAsync(database, s => s with
                    {
                        State = state,
                        StartTimeStamp = snapshot.StartTimeStamp,
                        StopTimeStamp = snapshot.StopTimeStamp,
                    });
                }
            }
        }
        catch (OperationCanceledException) when (stopping.IsCancellationRequested)
        {
        }
    }

    private static async Task<bool> TryCreateAsync(LocalPostgresServerResource server, ILogger log, CancellationToken ct)
    {
        try
        {
            var admin = await server.ConnectionStringExpression.GetValueAsync(ct)
                ?? throw new InvalidOperationException("no connection string");
            foreach (var database in server.Databases.Values)
            {
                await PostgresCluster.EnsureDatabaseAsync(admin + ";Database=postgres", database, ct);
            }

            return true;
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            // The next state update (health is re-checked every few seconds) tries again.
            log.LogWarning("Could not create the databases yet: {Error}", exception.Message);
            return false;
        }
    }
}
