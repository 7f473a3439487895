using System.Globalization;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Logging.Console;

namespace OrderFlow.DevHost.Configuration;

/// <summary>
/// "07:31:02 info  Order shopify-1001 received from shopify": local time, level, message on one line. Entries from
/// outside the app name their category, so a framework's warning says where it comes from. An exception follows on
/// indented lines, so every line that starts a new entry still starts with its time.
/// </summary>
sealed class ReadableConsoleFormatter() : ConsoleFormatter(FormatterName)
{
    public const string FormatterName = "orderflow-readable";
    const string AppCategoryPrefix = "OrderFlow";

    public override void Write<TState>(in LogEntry<TState> logEntry, IExternalScopeProvider? scopeProvider, TextWriter textWriter)
    {
        var message = logEntry.Formatter(logEntry.State, logEntry.Exception);
        if (string.IsNullOrEmpty(message) && logEntry.Exception is null)
        {
            return;
        }
        var line = new System.Text.StringBuilder()
            .Append(TimeProvider.System.GetLocalNow().ToString("HH:mm:ss ", CultureInfo.InvariantCulture))
            .Append(Level(logEntry.LogLevel));
        if (!logEntry.Category.StartsWith(AppCategoryPrefix, StringComparison.Ordinal))
        {
            line.Append(logEntry.Category).Append(": ");
        }
        line.Append(message.ReplaceLineEndings(" "));
        textWriter.WriteLine(line);
        if (logEntry.Exception is { } exception)
        {
            textWriter.WriteLine("    " + exception.ToString().ReplaceLineEndings(Environment.NewLine + "    "));
        }
    }

    static string Level(LogLevel level) => level switch
    {
        LogLevel.Trace => "trce  ",
        LogLevel.Debug => "dbug  ",
        LogLevel.Information => "info  ",
        LogLevel.Warning => "warn  ",
        LogLevel.Error => "fail  ",
        _ => "crit  ",
    };
}
