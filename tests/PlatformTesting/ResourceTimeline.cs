using System.Collections.Concurrent;
using Aspire.Hosting.ApplicationModel;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace PlatformTesting;

/// <summary>
/// Every state and health change of every resource, in order, from before the start; of each
/// instance where a resource has replicas (<see cref="Change.Instance"/>).
/// </summary>
public sealed class ResourceTimeline
{
    private readonly ConcurrentQueue<Change> _changes = new();

    public sealed record Change(DateTime At, string Resource, string Instance, string? State, HealthStatus? Health);

    public IReadOnlyList<Change> Changes => [.. _changes];

    /// <summary>When <paramref name="resource"/> first reached <paramref name="state"/> (and, if given, <paramref name="health"/>).</summary>
    public DateTime? First(string resource, string state, HealthStatus? health = null) =>
        _changes.FirstOrDefault(c => c.Resource == resource && c.State == state && (health is null || c.Health == health))?.At;

    /// <summary>
    /// When <paramref name="resource"/> was launched (its first instance, where it has replicas):
    /// an instance's first change after waiting for what it waits for (Aspire marks every
    /// resource Starting first, then Waiting until its dependencies are healthy, then launches it).
    /// </summary>
    public DateTime? Launched(string resource) =>
        _changes.Where(c => c.Resource == resource).GroupBy(c => c.Instance)
            .Select(instance =>
            {
                var own = instance.ToList();
                var waiting = own.FindIndex(c => c.State == "Waiting");
                return own.Skip(waiting + 1).FirstOrDefault(c => c.State is not ("Waiting" or "Starting" or "NotStarted"))?.At;
            })
            .Min();

    internal async Task RecordAsync(ResourceNotificationService notifications, CancellationToken stopping)
    {
        try
        {
            await foreach (var update in notifications.WatchAsync(stopping))
            {
                var change = new Change(DateTime.UtcNow, update.Resource.Name, update.ResourceId, update.Snapshot.State?.Text, update.Snapshot.HealthStatus);
                if (_changes.LastOrDefault(c => c.Instance == change.Instance) is not { } last || last.State != change.State || last.Health != change.Health)
                {
                    _changes.Enqueue(change);
                }
            }
        }
        catch (OperationCanceledException)
        {
        }
    }
}
