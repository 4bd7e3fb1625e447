using LocalInfrastructure;

namespace AppHost.LocalServers;

/// <summary>
/// PostgreSQL from Debian's packages as an Aspire resource: an executable that DCP runs and
/// watches (no container runtime is needed), with a connection string, a health check and child
/// databases, read the way Aspire's own <c>PostgresServerResource</c> reads. The data lives in a
/// folder of the AppHost's and survives restarts.
/// </summary>
public sealed class LocalPostgresServerResource(string name, ParameterResource password, PostgresCluster cluster, string workingDirectory)
    : ExecutableResource(name, ServerUser.Launcher, workingDirectory), IResourceWithConnectionString
{
    internal const string PrimaryEndpointName = "tcp";

    public PostgresCluster Cluster { get; } = cluster;

    public ParameterResource PasswordParameter { get; } = password;

    public EndpointReference PrimaryEndpoint => field ??= new(this, PrimaryEndpointName);

    /// <summary>Resource name → database name.</summary>
    public IReadOnlyDictionary<string, string> Databases => databases;

    // The server listens on 127.0.0.1 only (not "localhost", which resolves to ::1 first).
    public ReferenceExpression ConnectionStringExpression => ReferenceExpression.Create(
        $"Host=127.0.0.1;Port={PrimaryEndpoint.Property(EndpointProperty.Port)};Username={Cluster.Username};Password={PasswordParameter}");

    private readonly Dictionary<string, string> databases = new(StringComparer.OrdinalIgnoreCase);

    internal void AddDatabase(string resourceName, string databaseName) => databases.TryAdd(resourceName, databaseName);
}

/// <summary>A database on a <see cref="LocalPostgresServerResource"/>, created when the server is ready.</summary>
public sealed class LocalPostgresDatabaseResource(string name, string databaseName, LocalPostgresServerResource parent)
    : Resource(name), IResourceWithParent<LocalPostgresServerResource>, IResourceWithConnectionString
{
    public LocalPostgresServerResource Parent { get; } = parent;

    public string DatabaseName { get; } = databaseName;

    public ReferenceExpression ConnectionStringExpression => ReferenceExpression.Create($"{Parent};Database={DatabaseName}");
}
