using System.Collections.Concurrent;
using Microsoft.EntityFrameworkCore;
using Volunteers.Api.Infrastructure;

namespace Volunteers.Api.Matching;

/// <summary>
/// The narrow projection matching scores (no names, no contact data), held in memory so that
/// ranking 50,000 volunteers does not read 50,000 rows per request. Every use first asks the
/// database for <c>count(*)</c> and <c>max(updated_at)</c> (one index-assisted query), loads rows
/// changed since the last look, and reloads everything when rows disappeared (erasure), so each
/// instance of the service sees every committed change, also those of other instances.
/// </summary>
public sealed class MatchingIndex
{
    /// <summary>A transaction may commit after a later-stamped one; re-reading this much overlap catches it.</summary>
    private static readonly TimeSpan CommitSkew = TimeSpan.FromSeconds(10);

    private readonly ConcurrentDictionary<Guid, Entry> _entries = new();
    private readonly SemaphoreSlim _refresh = new(1, 1);
    private DateTimeOffset? _watermark;

    public sealed record Entry(Guid Id, string Municipality, List<string> LanguageLevels, List<string> Skills, List<int> AvailabilityMinutes);

    private sealed record Stats(int Count, DateTimeOffset? Max);

    public async Task<ICollection<Entry>> CurrentAsync(VolunteersDbContext db, CancellationToken cancellationToken)
    {
        await _refresh.WaitAsync(cancellationToken);
        try
        {
            var stats = await db.Database
                .SqlQuery<Stats>($"SELECT count(*)::int AS count, max(updated_at) AS max FROM volunteers")
                .SingleAsync(cancellationToken);
            if (stats.Max != _watermark || stats.Count != _entries.Count)
            {
                var reload = _watermark is null || stats.Count < _entries.Count;
                await LoadAsync(db, reload ? null : _watermark - CommitSkew, cancellationToken);
                if (_entries.Count != stats.Count)
                {
                    await LoadAsync(db, null, cancellationToken);
                }

                _watermark = stats.Max;
            }

            return _entries.Values;
        }
        finally
        {
            _refresh.Release();
        }
    }

    private async Task LoadAsync(VolunteersDbContext db, DateTimeOffset? changedAfter, CancellationToken cancellationToken)
    {
        var query = db.Volunteers.AsNoTracking();
        if (changedAfter is { } after)
        {
            query = query.Where(v => v.UpdatedAt > after);
        }
        else
        {
            _entries.Clear();
        }

        var rows = await query
            .Select(v => new Entry(v.Id, v.Municipality, v.LanguageLevels, v.Skills, v.AvailabilityMinutes))
            .ToListAsync(cancellationToken);
        foreach (var row in rows)
        {
            _entries[row.Id] = row;
        }
    }
}
