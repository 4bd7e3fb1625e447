namespace Messaging.Outbox;

/// <summary>
/// An integration event waiting to be published, stored in the same database (and saved in the
/// same transaction) as the state change that raised it.
/// </summary>
public sealed class OutboxMessage
{
    /// <summary>Also the MassTransit MessageId, so consumers can deduplicate a re-sent row.</summary>
    public Guid Id { get; init; }

    /// <summary>Commit order; the relay publishes in this order.</summary>
    public long Sequence { get; init; }

    public required string MessageType { get; init; }
    public required string Payload { get; init; }
    public DateTimeOffset OccurredAt { get; init; }
    public DateTimeOffset? SentAt { get; set; }
    public int Attempts { get; set; }
    public string? LastError { get; set; }
}
