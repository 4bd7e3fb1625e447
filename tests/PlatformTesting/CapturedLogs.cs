using System.Collections.Concurrent;
using Microsoft.Extensions.Logging;

namespace PlatformTesting;

/// <summary>
/// The AppHost's own log and, through Aspire's forwarding, every resource's console output
/// (categories <c>AppHost.Resources.{name}</c>), kept in memory so a failing test can show the
/// last lines instead of "timed out".
/// </summary>
public sealed class CapturedLogs : ILoggerProvider
{
    private const int Capacity = 4000;
    private readonly ConcurrentQueue<string> _lines = new();

    public ILogger CreateLogger(string categoryName) => new Logger(this, categoryName);

    public IReadOnlyList<string> Lines => [.. _lines];

    public string Tail(int count = 80) => string.Join('\n', _lines.TakeLast(count));

    public void Dispose()
    {
    }

    private void Add(string line)
    {
        _lines.Enqueue(line);
        while (_lines.Count > Capacity && _lines.TryDequeue(out _))
        {
        }
    }

    private sealed class Logger(CapturedLogs owner, string category) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state) where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => logLevel >= LogLevel.Information;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
        {
            if (IsEnabled(logLevel))
            {
                owner.Add($"{DateTime.UtcNow:HH:mm:ss.fff} {logLevel,-11} {category}: {formatter(state, exception)}{(exception is null ? "" : " " + exception.GetType().Name + ": " + exception.Message)}");
            }
        }
    }
}
