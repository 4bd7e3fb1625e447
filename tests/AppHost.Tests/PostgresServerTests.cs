using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using LocalInfrastructure;
using Npgsql;
using TestInfrastructure;

namespace AppHost.Tests;

public sealed class PostgresServerTests
{
    [Fact]
    public async Task StartAsync_FreshFolder_AnswersQueries()
    {
        await using var server = await StartAsync(TestServers.NewDirectory("pg"));

        Assert.Equal(1, await ScalarAsync<int>(server.GetConnectionString(), "SELECT 1"));
    }

    [Fact]
    public async Task EnsureDatabaseAsync_NewName_CreatesDatabaseIdempotently()
    {
        var server = await TestServers.GetPostgresAsync();

        await server.EnsureDatabaseAsync("ensure_twice");
        await server.EnsureDatabaseAsync("ensure_twice");

        Assert.Equal("ensure_twice", await ScalarAsync<string>(server.GetConnectionString("ensure_twice"), "SELECT current_database()"));
    }

    [Fact]
    public async Task EnsureDatabaseAsync_NameWithQuote_IsRejected()
    {
        var server = await TestServers.GetPostgresAsync();

        await Assert.ThrowsAsync<ArgumentException>(() => server.EnsureDatabaseAsync("x\"; DROP DATABASE postgres; --"));
    }

    [Fact]
    public async Task StartAsync_SameFolderAfterDispose_KeepsData()
    {
        var folder = TestServers.NewDirectory("pg");
        await using (var first = await StartAsync(folder))
        {
            await first.EnsureDatabaseAsync("kept");
            await ScalarAsync<int>(first.GetConnectionString("kept"), "CREATE TABLE t (v int); INSERT INTO t VALUES (42); SELECT 1");
        }

        await using var second = await StartAsync(folder);

        Assert.Equal(42, await ScalarAsync<int>(second.GetConnectionString("kept"), "SELECT v FROM t"));
    }

    [Fact]
    public async Task StartAsync_KeptFolderWithAnotherPassword_TakesTheNewPassword()
    {
        // The AppHost keeps its generated password in user secrets, the data in .data/: either can
        // be lost without the other.
        var folder = TestServers.NewDirectory("pg");
        await using (await StartAsync(folder, password: "first-password"))
        {
        }

        await using var second = await StartAsync(folder, password: "second-password");

        Assert.Equal(1, await ScalarAsync<int>(second.GetConnectionString(), "SELECT 1"));
        var oldPassword = new NpgsqlConnectionStringBuilder(second.GetConnectionString()) { Password = "first-password" }.ConnectionString;
        await Assert.ThrowsAsync<PostgresException>(() => ScalarAsync<int>(oldPassword, "SELECT 1"));
    }

    [Fact]
    public async Task StartAsync_ConfiguredPortInUse_FailsFastNamingThePort()
    {
        using var squatter = new TcpListener(IPAddress.Loopback, 0);
        squatter.Start();
        var port = ((IPEndPoint)squatter.LocalEndpoint).Port;
        var watch = Stopwatch.StartNew();

        var error = await Assert.ThrowsAsync<InvalidOperationException>(() =>
            PostgresServer.StartAsync(new PostgresServerOptions { DataDirectory = TestServers.NewDirectory("pg"), Port = port }));

        Assert.Contains(port.ToString(), error.Message);
        Assert.True(watch.Elapsed < TimeSpan.FromSeconds(5), $"took {watch.Elapsed}");
    }

    [Fact]
    public async Task DisposeAsync_RunningServer_LeavesNoPostgresProcess()
    {
        var folder = TestServers.NewDirectory("pg");
        var server = await StartAsync(folder);
        var pid = server.ProcessId;

        await server.DisposeAsync();

        Assert.False(ProcessTree.IsRunning(pid));
        Assert.DoesNotContain(ProcessTree.Snapshot(), p => p.Name == "postgres" && p.State != 'Z' && p.Command.Contains(folder));
    }

    private static Task<PostgresServer> StartAsync(string folder, string password = "postgres") =>
        PostgresServer.StartAsync(new PostgresServerOptions { DataDirectory = folder, Durable = false, Password = password }, TestServers.ServerLog);

    private static async Task<T> ScalarAsync<T>(string connectionString, string sql)
    {
        await using var connection = new NpgsqlConnection(connectionString + ";Pooling=false");
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        return (T)(await command.ExecuteScalarAsync())!;
    }
}
