using Microsoft.Extensions.Logging;

namespace OrderFlow.DevHost.Configuration;

static class ConsoleLogging
{
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
}
