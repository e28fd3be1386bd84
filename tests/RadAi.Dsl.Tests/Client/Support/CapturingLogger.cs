using System.Collections.Concurrent;
using Microsoft.Extensions.Logging;

namespace RadAi.Dsl.Tests.Client.Support;

/// <summary>Keeps every log line (message, state values and exception text) at every level.</summary>
public sealed class CapturingLogger : ILogger
{
    public ConcurrentQueue<(LogLevel Level, string Text)> Entries { get; } = new();

    public IDisposable? BeginScope<TState>(TState state) where TState : notnull => null;

    public bool IsEnabled(LogLevel logLevel) => true;

    public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
    {
        var values = state is IEnumerable<KeyValuePair<string, object?>> pairs ? string.Join(";", pairs.Select(p => p.Key + "=" + p.Value)) : string.Empty;
        Entries.Enqueue((logLevel, formatter(state, exception) + " | " + values + " | " + exception));
    }

    public string AllText => string.Join("\n", Entries.Select(e => e.Text));
}
