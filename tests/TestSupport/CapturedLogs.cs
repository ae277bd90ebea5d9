using System.Collections.Concurrent;
using Microsoft.Extensions.Logging;

namespace SummitCoordination.TestSupport;

/// <summary>
/// Keeps the warnings and errors a host logged, so that a test that times out can say what the host met meanwhile
/// (a parked message, a publish that failed) instead of only that something did not happen.
/// </summary>
public sealed class CapturedLogs : ILoggerProvider
{
    private const int Keep = 500;
    private readonly ConcurrentQueue<string> _entries = new();

    public IReadOnlyList<string> Entries => [.. _entries];

    /// <summary>The last entries, one per line, for a failure message.</summary>
    public string Tail(int count = 20) => string.Join(Environment.NewLine, _entries.TakeLast(count));

    public ILogger CreateLogger(string categoryName) => new Logger(this, categoryName);

    public void Dispose()
    {
    }

    private void Add(string entry)
    {
        _entries.Enqueue(entry);
        while (_entries.Count > Keep && _entries.TryDequeue(out _))
        {
        }
    }

    private sealed class Logger(CapturedLogs owner, string category) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state) where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => logLevel >= LogLevel.Warning;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
        {
            if (IsEnabled(logLevel))
            {
                var error = exception is null ? "" : $" [{exception.GetType().Name}: {exception.GetBaseException().Message}]";
                owner.Add($"{DateTime.UtcNow:HH:mm:ss.fff} {logLevel} {category}: {formatter(state, exception)}{error}");
            }
        }
    }
}
