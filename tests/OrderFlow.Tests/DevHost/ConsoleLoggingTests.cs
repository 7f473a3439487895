using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Logging.Console;
using Microsoft.Extensions.Options;
using OrderFlow.Core.Orders;
using OrderFlow.DevHost.Configuration;

namespace OrderFlow.Tests.DevHost;

public class ConsoleLoggingTests
{
    [Fact]
    public void StructuredConsole_LineInAnOrderScope_IsJsonWithTheOrderAndInstanceId()
    {
        using var services = new ServiceCollection().AddLogging(logging => logging.AddStructuredConsole()).BuildServiceProvider();
        var formatter = services.GetServices<ConsoleFormatter>().Single(f => f.Name == services.GetRequiredService<IOptions<ConsoleLoggerOptions>>().Value.FormatterName);
        var scopes = new LoggerExternalScopeProvider();
        using var output = new StringWriter();

        using (OrderLogScope.Begin(new ScopedLogger(scopes), "shopify-o-1", "Order.Ship"))
        {
            var entry = new LogEntry<string>(LogLevel.Information, "OrderFlow", default, "shipped", null, (s, _) => s);
            formatter.Write(in entry, scopes, output);
        }

        var line = JsonDocument.Parse(output.ToString()).RootElement;
        var scope = line.GetProperty("Scopes").EnumerateArray().Single();
        Assert.Equal("shipped", line.GetProperty("Message").GetString());
        Assert.Equal("shopify-o-1", scope.GetProperty("OrderId").GetString());
        Assert.Equal("shopify-o-1", scope.GetProperty("InstanceId").GetString());
        Assert.Equal("Order.Ship", scope.GetProperty("OrderStep").GetString());
    }

    [Fact]
    public void ReadableConsole_FrameworkWarningOverTwoLinesWithException_OneLineNamingItsCategoryThenTheExceptionIndented()
    {
        using var output = new StringWriter();
        var entry = new LogEntry<string>(LogLevel.Warning, "Microsoft.AspNetCore.Server.Kestrel", default, "first\nsecond", new InvalidOperationException("broken"), (s, _) => s);

        new ReadableConsoleFormatter().Write(in entry, null, output);

        var lines = output.ToString().ReplaceLineEndings("\n").TrimEnd('\n').Split('\n');
        Assert.Matches(@"^\d\d:\d\d:\d\d warn  Microsoft\.AspNetCore\.Server\.Kestrel: first second$", lines[0]);
        Assert.Equal("    System.InvalidOperationException: broken", lines[1]);
        Assert.All(lines.Skip(1), line => Assert.StartsWith("    ", line, StringComparison.Ordinal));
    }

    [Fact]
    public void ReadableConsole_AppEntry_TimeLevelAndMessageOnly()
    {
        using var output = new StringWriter();
        var entry = new LogEntry<string>(LogLevel.Information, "OrderFlow.Core.Orders.OrderBook", default, "Order o-1 completed", null, (s, _) => s);

        new ReadableConsoleFormatter().Write(in entry, null, output);

        Assert.Matches(@"^\d\d:\d\d:\d\d info  Order o-1 completed\r?\n$", output.ToString());
    }

    /// <summary>Begins scopes on a scope provider, as a logger from a LoggerFactory does.</summary>
    sealed class ScopedLogger(IExternalScopeProvider scopes) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state)
            where TState : notnull => scopes.Push(state);

        public bool IsEnabled(LogLevel logLevel) => NullLogger.Instance.IsEnabled(logLevel);

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
        {
        }
    }
}
