namespace Messaging.Inbox;

/// <summary>
/// A message a consumer has already handled. The primary key (MessageId, Consumer) makes a
/// second effect of a redelivered message impossible: the row is written in the same
/// transaction as the effect.
/// </summary>
public sealed class InboxMessage
{
    public Guid MessageId { get; init; }
    public required string Consumer { get; init; }
    public DateTimeOffset ProcessedAt { get; init; }
}
