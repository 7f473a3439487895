using System.Collections.Concurrent;
using Microsoft.Extensions.Logging;

namespace OrderFlow.IntegrationTests.Fixtures;

/// <summary>
/// A logger provider that records the key/value state of every log scope begun while it is attached. It does not
/// share the factory's scope provider (no ISupportExternalScope), so the factory hands it each BeginScope call.
/// </summary>
sealed class ScopeCapture : ILoggerProvider
{
    public ConcurrentQueue<IReadOnlyDictionary<string, object>> Scopes { get; } = new();

    public ILogger CreateLogger(string categoryName) => new Recorder(this);

    public void Dispose()
    {
    }

    sealed class Recorder(ScopeCapture capture) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state)
            where TState : notnull
        {
            if (state is IEnumerable<KeyValuePair<string, object>> pairs)
            {
                capture.Scopes.Enqueue(pairs.ToDictionary(p => p.Key, p => p.Value));
            }
            return null;
        }

        public bool IsEnabled(LogLevel logLevel) => false;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
        {
        }
    }
}
