using System.Net.Sockets;
using Npgsql;
using ServiceDefaults.Errors;

namespace ServiceDefaults.Tests;

/// <summary>Which failures are "the database is away, try again" (503) rather than a fault of the service (500).</summary>
public sealed class DatabaseUnavailableTests
{
    [Fact]
    public void ConnectionRefused_WrappedAsEfCoreWraps_IsUnavailable() =>
        Assert.True(DatabaseUnavailableExceptionHandler.IsDatabaseUnavailable(
            new InvalidOperationException("An exception has been raised that is likely due to a transient failure.",
                new NpgsqlException("Failed to connect", new SocketException((int)SocketError.ConnectionRefused)))));

    [Fact]
    public void ServerShuttingDown_IsUnavailable() =>
        Assert.True(DatabaseUnavailableExceptionHandler.IsDatabaseUnavailable(
            new PostgresException("terminating connection due to administrator command", "FATAL", "FATAL", PostgresErrorCodes.AdminShutdown)));

    [Fact]
    public void UniqueViolation_IsNotUnavailable() =>
        Assert.False(DatabaseUnavailableExceptionHandler.IsDatabaseUnavailable(
            new PostgresException("duplicate key value violates unique constraint", "ERROR", "ERROR", PostgresErrorCodes.UniqueViolation)));

    [Fact]
    public void ProgrammingError_IsNotUnavailable() =>
        Assert.False(DatabaseUnavailableExceptionHandler.IsDatabaseUnavailable(new InvalidOperationException("a bug")));
}
