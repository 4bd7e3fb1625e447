namespace Messaging.Outbox;

/// <summary>Configuration section <c>Messaging:Outbox</c>.</summary>
public sealed class OutboxRelayOptions
{
    public int BatchSize { get; set; } = 100;

    /// <summary>How often the relay looks for rows when no commit woke it (another instance's rows, a crash).</summary>
    public TimeSpan PollInterval { get; set; } = TimeSpan.FromSeconds(1);

    public TimeSpan PublishTimeout { get; set; } = TimeSpan.FromSeconds(10);
    public TimeSpan MinBackoff { get; set; } = TimeSpan.FromMilliseconds(500);
    public TimeSpan MaxBackoff { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>How often a standby instance asks whether it may take over relaying.</summary>
    public TimeSpan StandbyInterval { get; set; } = TimeSpan.FromSeconds(2);
}
