using Npgsql;

namespace EndToEnd.Faults;

/// <summary>
/// What "each offer event had exactly one effect" means, read from the databases themselves:
/// Offers' outbox names the messages, the consumers' <c>inbox_messages</c> hold one row per
/// message and consumer, and each consumer's <c>known_offers</c> read model holds one row per
/// offer at the version Offers has now (an event applied twice or skipped would leave a count
/// or a version wrong; a lost one leaves an older version).
/// </summary>
public sealed class OfferDelivery(OperatedPlatformFixture platform, IReadOnlyCollection<Guid> offerIds)
{
    /// <summary>The consuming databases; each has one consumer per offer event type.</summary>
    public static readonly string[] ConsumerDatabases = ["volunteersdb", "eventsdb"];

    private Guid[] _messageIds = [];
    private long[] _versions = [];

    public int MessageCount => _messageIds.Length;

    /// <summary>The outbox rows about these offers (one per event raised) and the offers' current versions.</summary>
    public async Task ReadOffersAsync()
    {
        var ids = offerIds.ToArray();
        await using var offers = await platform.OpenAsync("offersdb");
        await using (var messages = new NpgsqlCommand(
            "SELECT id FROM outbox_messages WHERE (payload->'offer'->>'offerId')::uuid = ANY(@ids)", offers))
        {
            messages.Parameters.AddWithValue("ids", ids);
            _messageIds = [.. await ReadAllAsync<Guid>(messages)];
        }

        var versions = new Dictionary<Guid, long>();
        await using (var command = new NpgsqlCommand("SELECT id, version FROM offers WHERE id = ANY(@ids)", offers))
        {
            command.Parameters.AddWithValue("ids", ids);
            await using var reader = await command.ExecuteReaderAsync();
            while (await reader.ReadAsync())
            {
                versions[reader.GetGuid(0)] = reader.GetInt64(1);
            }
        }

        Assert.Equal(ids.Length, versions.Count);
        _versions = [.. ids.Select(id => versions[id])];
    }

    public Task<long> PendingInOutboxAsync() => platform.CountAsync("offersdb",
        "SELECT count(*) FROM outbox_messages WHERE sent_at IS NULL AND (payload->'offer'->>'offerId')::uuid = ANY(@ids)", ("ids", offerIds.ToArray()));

    /// <summary>Read-model rows at the current version of their offer.</summary>
    public Task<long> CurrentRowsAsync(string database) => platform.CountAsync(database,
        "SELECT count(*) FROM known_offers k JOIN unnest(@ids, @versions) AS e(id, version) ON k.offer_id = e.id AND k.version = e.version",
        ("ids", offerIds.ToArray()), ("versions", _versions));

    /// <summary>Inbox rows of these messages, all consumers.</summary>
    public Task<long> InboxRowsAsync(string database) => platform.CountAsync(database,
        "SELECT count(*) FROM inbox_messages WHERE message_id = ANY(@ids)", ("ids", _messageIds));

    public async Task<bool> CompleteAsync()
    {
        foreach (var database in ConsumerDatabases)
        {
            if (await CurrentRowsAsync(database) < offerIds.Count || await InboxRowsAsync(database) < _messageIds.Length)
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>Where each consumer stands, for a failure message.</summary>
    public async Task<string> DescribeAsync()
    {
        var parts = new List<string>();
        foreach (var database in ConsumerDatabases)
        {
            parts.Add($"{database}: {await CurrentRowsAsync(database)}/{offerIds.Count} rows at the current version, {await InboxRowsAsync(database)}/{_messageIds.Length} inbox rows");
        }

        return string.Join("; ", parts);
    }

    /// <summary>Exactly one effect per message and consumer, one read-model row per offer at its version.</summary>
    public async Task AssertExactlyOnceAsync(int expectedMessages)
    {
        Assert.Equal(expectedMessages, _messageIds.Length);
        foreach (var database in ConsumerDatabases)
        {
            Assert.Equal(offerIds.Count, await platform.CountAsync(database,
                "SELECT count(*) FROM known_offers WHERE offer_id = ANY(@ids)", ("ids", offerIds.ToArray())));
            Assert.Equal(offerIds.Count, await CurrentRowsAsync(database));
            // One row per message: each event type has one consumer per service.
            Assert.Equal(expectedMessages, await InboxRowsAsync(database));
            Assert.Equal(expectedMessages, await platform.CountAsync(database,
                "SELECT count(DISTINCT message_id) FROM inbox_messages WHERE message_id = ANY(@ids)", ("ids", _messageIds)));
        }
    }

    private static async Task<List<T>> ReadAllAsync<T>(NpgsqlCommand command)
    {
        var values = new List<T>();
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync())
        {
            values.Add(reader.GetFieldValue<T>(0));
        }

        return values;
    }
}
