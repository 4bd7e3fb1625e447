using Xunit;

namespace TestInfrastructure;

/// <summary>A database of its own per test class (IClassFixture) on the run's shared PostgreSQL.</summary>
public sealed class PostgresDatabaseFixture : IAsyncLifetime
{
    public string DatabaseName { get; } = $"test_{Guid.NewGuid():N}"[..17];

    public string ConnectionString { get; private set; } = "";

    public async Task InitializeAsync()
    {
        var server = await TestServers.GetPostgresAsync();
        await server.EnsureDatabaseAsync(DatabaseName);
        ConnectionString = server.GetConnectionString(DatabaseName);
    }

    public async Task DisposeAsync()
    {
        var server = await TestServers.GetPostgresAsync();
        await server.DropDatabaseAsync(DatabaseName);
    }
}
