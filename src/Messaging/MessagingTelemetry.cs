using System.Diagnostics;
using System.Diagnostics.Metrics;

namespace Messaging;

/// <summary>The activity source and meter of messaging (ServiceDefaults listens to <c>Integration.Aspire.*</c>).</summary>
public static class MessagingTelemetry
{
    public const string SourceName = "Integration.Aspire.Messaging";

    /// <summary>Counter of messages the inbox recognised as handled already and dropped, tagged with the consumer.</summary>
    public const string InboxDuplicatesName = "messaging.inbox.duplicates";

    internal static readonly ActivitySource Source = new(SourceName);

    private static readonly Meter Meter = new(SourceName);

    internal static readonly Counter<long> InboxDuplicates = Meter.CreateCounter<long>(InboxDuplicatesName, unit: "{message}",
        description: "Messages the inbox dropped because their consumer had handled them already (a redelivery).");
}
