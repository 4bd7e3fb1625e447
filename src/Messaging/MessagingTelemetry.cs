using System.Diagnostics;

namespace Messaging;

/// <summary>The activity source of the outbox relay (ServiceDefaults listens to <c>Integration.Aspire.*</c>).</summary>
public static class MessagingTelemetry
{
    public const string SourceName = "Integration.Aspire.Messaging";

    internal static readonly ActivitySource Source = new(SourceName);
}
