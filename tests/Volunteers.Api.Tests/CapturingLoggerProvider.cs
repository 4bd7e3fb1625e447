using System.Collections.Concurrent;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using TestInfrastructure;

namespace Volunteers.Api.Tests;

/// <summary>Keeps every log line (all levels, with exceptions and scopes' state) to search for personal data.</summary>
public sealed class CapturingLoggerProvider : ILoggerProvider
{
    private readonly ConcurrentQueue<string> _lines = new();

    public ILogger CreateLogger(string categoryName) => new CapturingLogger(categoryName, _lines);

    public string Text() => string.Join('\n', _lines);

    public void Dispose()
    {
    }

    private sealed class CapturingLogger(string category, ConcurrentQueue<string> lines) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state) where TState : notnull
        {
            lines.Enqueue($"scope {category}: {state}");
            return null;
        }

        public bool IsEnabled(LogLevel logLevel) => true;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter) =>
            lines.Enqueue($"{logLevel} {category}: {formatter(state, exception)} {exception}");
    }
}

internal static class CapturingLoggerExtensions
{
    /// <summary>A second host of the service (same database and vhost) that also logs, at every level, into <paramref name="logs"/>.</summary>
    public static WebApplicationFactory<Program> WithLogs(this ServiceFactory<Program> factory, CapturingLoggerProvider logs) =>
        factory.WithWebHostBuilder(builder => builder.ConfigureServices(services => services.AddLogging(logging =>
        {
            logging.AddProvider(logs);
            logging.AddFilter<CapturingLoggerProvider>(null, LogLevel.Trace);
        })));
}
