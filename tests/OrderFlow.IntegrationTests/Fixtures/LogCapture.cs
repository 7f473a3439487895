using System.Collections.Concurrent;
using Microsoft.Extensions.Logging;

namespace OrderFlow.IntegrationTests.Fixtures;

/// <summary>
/// A logger provider that keeps every line the host's filters let through, as a console or Application Insights
/// would get it: the formatted message and each structured value.
/// </summary>
sealed class LogCapture : ILoggerProvider
{
    readonly ConcurrentQueue<string> lines = new();

    public IReadOnlyCollection<string> Lines => lines;

    public ILogger CreateLogger(string categoryName) => new Recorder(this, categoryName);

    public void Dispose()
    {
    }

    sealed class Recorder(LogCapture capture, string category) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state)
            where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => true;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
        {
            var values = state is IEnumerable<KeyValuePair<string, object?>> pairs ? string.Join(" ", pairs.Select(p => $"{p.Key}={p.Value}")) : "";
            capture.lines.Enqueue($"{category} {formatter(state, exception)} {values} {exception}");
        }
    }
}
