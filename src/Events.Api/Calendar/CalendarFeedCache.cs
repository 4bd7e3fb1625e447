using System.Collections.Concurrent;
using System.Text;
using Events.Api.Model;

namespace Events.Api.Calendar;

/// <summary>
/// Calendar clients poll the feed often, and a feed of thousands of events takes a while to
/// write. The written feed is kept per filter and reused while the filtered events are
/// unchanged: the stamp (count and latest change of the matching events) is read from the
/// database on every request, so every instance serves a changed event at once. The filters are
/// validated (municipality x type), so the number of entries is bounded.
/// </summary>
public sealed class CalendarFeedCache
{
    private readonly ConcurrentDictionary<(string? Municipality, EventType? Type), (FeedStamp Stamp, byte[] Body)> _feeds = new();

    public async Task<byte[]> GetOrBuildAsync(
        string? municipality, EventType? type, FeedStamp stamp, Func<Task<string>> build)
    {
        var key = (municipality, type);
        if (_feeds.TryGetValue(key, out var cached) && cached.Stamp == stamp)
        {
            return cached.Body;
        }

        var body = Encoding.UTF8.GetBytes(await build());
        _feeds[key] = (stamp, body);
        return body;
    }
}

/// <summary>What identifies the state of a feed's events.</summary>
public readonly record struct FeedStamp(int Count, DateTimeOffset? LatestChange);
