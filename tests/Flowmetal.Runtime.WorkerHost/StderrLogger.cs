using Microsoft.Extensions.Logging;

namespace Flowmetal.Runtime.WorkerHost;

/// <summary>Writes the worker's warnings and errors to standard error, one line each, for the tests to read.</summary>
internal sealed class StderrLogger : ILogger
{
    public IDisposable? BeginScope<TState>(TState state)
        where TState : notnull => null;

    public bool IsEnabled(LogLevel logLevel) => logLevel >= LogLevel.Warning;

    public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
    {
        if (IsEnabled(logLevel))
        {
            Console.Error.WriteLine($"LOG {logLevel} {eventId.Id} {formatter(state, exception)}" + (exception is null ? string.Empty : $" [{exception.GetType().Name}: {exception.Message}]"));
        }
    }
}
