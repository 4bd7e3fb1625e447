namespace LocalInfrastructure;

public sealed record PostgresServerOptions
{
    /// <summary>The cluster folder (PGDATA); initialised on first start, reused afterwards.</summary>
    public required string DataDirectory { get; init; }

    /// <summary>0 = pick a free port.</summary>
    public int Port { get; init; }

    public string Username { get; init; } = "postgres";

    public string Password { get; init; } = "postgres";

    /// <summary>false turns fsync and synchronous commit off: much faster, fine for throwaway test instances.</summary>
    public bool Durable { get; init; } = true;

    public int MaxConnections { get; init; } = 300;

    /// <summary>Named in the error when a configured port is in use.</summary>
    public string PortSetting { get; init; } = nameof(Port);

    public TimeSpan StartTimeout { get; init; } = TimeSpan.FromSeconds(30);

    /// <summary>How long a fast shutdown may take before the server is killed (it recovers on the next start).</summary>
    public TimeSpan StopTimeout { get; init; } = TimeSpan.FromSeconds(10);
}
