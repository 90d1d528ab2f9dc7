using System.Collections.Concurrent;
using Microsoft.Extensions.Logging;

namespace TalentMatch.WebTests;

/// <summary>
/// The host's recent log lines (requests with their durations, warnings and errors), kept in memory so a
/// failed browser test can print what the server was doing meanwhile.
/// </summary>
public sealed class RecentServerLog : ILoggerProvider
{
    private const int Capacity = 400;
    private readonly ConcurrentQueue<string> _lines = new();

    public ILogger CreateLogger(string categoryName) => new Logger(this, categoryName);

    /// <summary>Forgets the lines so far (a test starts).</summary>
    public void Clear() => _lines.Clear();

    /// <summary>The lines kept, oldest first.</summary>
    public IReadOnlyList<string> Lines => [.. _lines];

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

    private sealed class Logger(RecentServerLog owner, string category) : ILogger
    {
        // Request start and finish lines (with their durations) come from the hosting category.
        private readonly LogLevel _least = category.StartsWith("Microsoft.AspNetCore.Hosting", StringComparison.Ordinal)
            || category.StartsWith("TalentMatch", StringComparison.Ordinal)
                ? LogLevel.Information
                : LogLevel.Warning;

        public IDisposable? BeginScope<TState>(TState state)
            where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => logLevel >= _least;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
        {
            if (!IsEnabled(logLevel))
            {
                return;
            }

            var line = $"{DateTimeOffset.UtcNow:HH:mm:ss.fff} [{Environment.CurrentManagedThreadId}] {logLevel} {category}: {formatter(state, exception)}";
            owner.Add(exception is null ? line : $"{line}{Environment.NewLine}{exception}");
        }
    }
}
