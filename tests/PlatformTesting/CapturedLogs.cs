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

    /// <summary>
    /// Every line in which a service or the gateway logged at error or critical level, or its
    /// inbox dropped a redelivered message (at debug, where that category is turned on): none of
    /// them belongs to normal operation. Kept in full, apart from the bounded tail.
    /// </summary>
    public IReadOnlyList<string> ServiceTrouble => [.. _trouble];

    private readonly ConcurrentQueue<string> _trouble = new();
    private readonly ConcurrentDictionary<string, bool> _explainNext = new();

    private static readonly string[] ServiceResources = ["offers-api", "volunteers-api", "events-api", "gateway"];

    private static bool IsTrouble(string category, string message) =>
        ServiceResources.Any(resource => category.Contains(".Resources." + resource, StringComparison.Ordinal))
        && (message.StartsWith("fail: ", StringComparison.Ordinal) || message.StartsWith("crit: ", StringComparison.Ordinal)
            || message.Contains("handled it already", StringComparison.Ordinal));

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
                var message = formatter(state, exception);
                if (IsTrouble(category, message.TrimStart('\uFEFF')))
                {
                    owner._trouble.Enqueue($"{category}: {message}");
                    owner._explainNext[category] = true; // the console logger writes the message on the next line
                }
                else if (owner._explainNext.TryRemove(category, out _))
                {
                    owner._trouble.Enqueue($"{category}:   {message.Trim()}");
                }

                owner.Add($"{DateTime.UtcNow:HH:mm:ss.fff} {logLevel,-11} {category}: {formatter(state, exception)}{(exception is null ? "" : " " + exception.GetType().Name + ": " + exception.Message)}");
            }
        }
    }
}
