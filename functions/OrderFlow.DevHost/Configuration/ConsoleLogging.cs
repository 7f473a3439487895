using Microsoft.Extensions.Configuration.Memory;
using Microsoft.Extensions.Logging.Console;

namespace OrderFlow.DevHost.Configuration;

/// <summary>How DevHost's console shows log entries (setting "DevHost:Logging:Format").</summary>
enum ConsoleFormat
{
    /// <summary>One readable line an entry: the app's events, the frameworks' warnings and errors.</summary>
    Text,

    /// <summary>Every entry as a JSON object with its scopes, for jq or a log shipper.</summary>
    Json,
}

static class ConsoleLogging
{
    public const string FormatSetting = "DevHost:Logging:Format";

    /// <summary>
    /// The frameworks write several Information entries per request, activity and queue poll; the readable console shows
    /// their warnings only. Defaults under every other source, so "Logging:Console:LogLevel:&lt;category&gt;" still wins.
    /// </summary>
    static readonly string[] Frameworks = ["Microsoft", "System", "Azure", "DurableTask", "Grpc"];

    /// <summary>Sets the console up as <see cref="FormatSetting"/> says and answers the format chosen.</summary>
    public static ConsoleFormat AddDevHostConsole(this WebApplicationBuilder builder)
    {
        var format = builder.Configuration.GetValue(FormatSetting, ConsoleFormat.Text);
        if (format == ConsoleFormat.Text)
        {
            builder.Configuration.Sources.Insert(0, new MemoryConfigurationSource
            {
                InitialData = Frameworks.ToDictionary(category => $"Logging:Console:LogLevel:{category}", _ => (string?)nameof(LogLevel.Warning)),
            });
        }
        builder.Logging.AddConsole(format);
        return format;
    }

    public static ILoggingBuilder AddConsole(this ILoggingBuilder logging, ConsoleFormat format) =>
        format == ConsoleFormat.Json ? logging.AddStructuredConsole() : logging.AddReadableConsole();

    /// <summary>
    /// One JSON object a line with its scopes, UTC timestamps: the structure Application Insights shows in Azure
    /// (an order's lines carry OrderId and InstanceId), readable by jq or a log shipper.
    /// </summary>
    public static ILoggingBuilder AddStructuredConsole(this ILoggingBuilder logging) =>
        logging.AddJsonConsole(console =>
        {
            console.IncludeScopes = true;
            console.UseUtcTimestamp = true;
            console.TimestampFormat = "yyyy-MM-ddTHH:mm:ss.fffZ ";
        });

    static ILoggingBuilder AddReadableConsole(this ILoggingBuilder logging) =>
        logging.AddConsole(console => console.FormatterName = ReadableConsoleFormatter.FormatterName)
            .AddConsoleFormatter<ReadableConsoleFormatter, ConsoleFormatterOptions>();
}
