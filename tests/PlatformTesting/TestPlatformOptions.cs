namespace PlatformTesting;

/// <summary>How a test wants the platform: the defaults are the platform as shipped, without the dashboard.</summary>
public sealed record TestPlatformOptions
{
    /// <summary>Start the dashboard too: the services then export their telemetry to it.</summary>
    public bool Dashboard { get; init; }

    /// <summary>Extra environment of every service and the gateway (configuration keys with <c>__</c>).</summary>
    public IReadOnlyDictionary<string, string> ServiceEnvironment { get; init; } = new Dictionary<string, string>();

    /// <summary>Extra environment of the gateway only (partner keys, rate limits).</summary>
    public IReadOnlyDictionary<string, string> GatewayEnvironment { get; init; } = new Dictionary<string, string>();

    /// <summary>Instances of each service and of the gateway (<c>AppHost:Replicas</c>).</summary>
    public int Replicas { get; init; } = 1;

    /// <summary>Extra AppHost settings (<c>AppHost:…=…</c>).</summary>
    public IReadOnlyList<string> AppHostArguments { get; init; } = [];

    public TimeSpan StartTimeout { get; init; } = TimeSpan.FromMinutes(4);
}
