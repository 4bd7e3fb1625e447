namespace LocalInfrastructure;

public sealed record RabbitMqServerOptions
{
    /// <summary>Holds mnesia, logs, config and the Erlang cookie; reused across starts.</summary>
    public required string DataDirectory { get; init; }

    /// <summary>0 = pick a free port.</summary>
    public int AmqpPort { get; init; }

    /// <summary>0 = pick a free port.</summary>
    public int ManagementPort { get; init; }

    public string Username { get; init; } = "guest";

    public string Password { get; init; } = "guest";

    public bool EnableManagementPlugin { get; init; } = true;

    /// <summary>Named in the error when a configured port is in use.</summary>
    public string AmqpPortSetting { get; init; } = nameof(AmqpPort);

    public string ManagementPortSetting { get; init; } = nameof(ManagementPort);

    public TimeSpan StartTimeout { get; init; } = TimeSpan.FromSeconds(60);

    /// <summary>How long a clean SIGTERM shutdown (about 6 s) may take before the broker is killed.</summary>
    public TimeSpan StopTimeout { get; init; } = TimeSpan.FromSeconds(15);
}
