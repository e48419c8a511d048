using System.Collections.Concurrent;
using Microsoft.Extensions.Logging;

namespace Flowmetal.Runtime.Tests.Infrastructure;

/// <summary>A logger (and provider) that keeps every entry, for tests that read what was logged.</summary>
internal sealed class CapturingLogger : ILogger, ILoggerProvider
{
    public ConcurrentQueue<(string Category, EventId Event, LogLevel Level, string Message)> Entries { get; } = new();

    public ILogger CreateLogger(string categoryName) => new Categorized(this, categoryName);

    public IDisposable? BeginScope<TState>(TState state)
        where TState : notnull => null;

    public bool IsEnabled(LogLevel logLevel) => true;

    public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter) =>
        Entries.Enqueue((string.Empty, eventId, logLevel, formatter(state, exception)));

    public void Dispose()
    {
    }

    private sealed class Categorized(CapturingLogger owner, string category) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state)
            where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => true;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter) =>
            owner.Entries.Enqueue((category, eventId, logLevel, formatter(state, exception)));
    }
}
