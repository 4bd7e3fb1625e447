using System.Collections.Concurrent;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Persistence;
using TestInfrastructure;
using Volunteers.Api.Infrastructure;

namespace Volunteers.Api.Tests;

/// <summary>
/// Replicas of a service start together on a new database (AppHost:Replicas): each applies the
/// migrations at start-up, one after the other, and every instance starts without an error.
/// </summary>
public sealed class MigrationRaceTests(PostgresDatabaseFixture database) : IClassFixture<PostgresDatabaseFixture>
{
    private const int Instances = 4;

    [Fact]
    public async Task Start_FourInstancesAtOnceOnANewDatabase_AllStartAndNoneLogsAnError()
    {
        var errors = new ErrorLines();
        var hosts = Enumerable.Range(0, Instances).Select(_ =>
        {
            var builder = Host.CreateApplicationBuilder();
            builder.Configuration["ConnectionStrings:volunteersdb"] = database.ConnectionString;
            builder.Logging.ClearProviders().AddProvider(errors);
            builder.AddServiceDbContext<VolunteersDbContext>("volunteersdb");
            return builder.Build();
        }).ToList();
        try
        {
            await Task.WhenAll(hosts.Select(host => host.StartAsync()));

            Assert.True(errors.Lines.IsEmpty, string.Join('\n', errors.Lines));
        }
        finally
        {
            foreach (var host in hosts)
            {
                await host.StopAsync();
                host.Dispose();
            }
        }
    }

    private sealed class ErrorLines : ILoggerProvider, ILogger
    {
        public ConcurrentQueue<string> Lines { get; } = new();

        public ILogger CreateLogger(string categoryName) => this;

        public IDisposable? BeginScope<TState>(TState state) where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => logLevel >= LogLevel.Error;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
        {
            if (IsEnabled(logLevel))
            {
                Lines.Enqueue($"{logLevel}: {formatter(state, exception)} {exception?.GetType().Name}: {exception?.Message}");
            }
        }

        public void Dispose()
        {
        }
    }
}
