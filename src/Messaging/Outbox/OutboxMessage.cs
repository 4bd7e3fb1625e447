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

    /// <summary>
    /// The W3C trace context of the operation that raised the event (<c>traceparent</c>,
    /// <c>tracestate</c>): the relay publishes under it, so the consumers' work joins the trace of
    /// the request that caused it instead of starting one of its own.
    /// </summary>
    public string? TraceParent { get; init; }

    public string? TraceState { get; init; }
    public int Attempts { get; set; }
    public string? LastError { get; set; }
}
