using System.Diagnostics;
using OpenTelemetry;
using OrderFlow.Core.Security;

namespace OrderFlow.Functions.Telemetry;

/// <summary>
/// Rewrites what a span says about its URL before the exporters that follow it see the span: request spans name
/// the path and query, which for emailed links hold the token and for keyed calls may hold the key.
/// </summary>
sealed class UrlRedactingProcessor : BaseProcessor<Activity>
{
    static readonly string[] UrlTags = ["url.full", "url.path", "url.query", "http.target", "http.url"];

    public override void OnEnd(Activity data)
    {
        data.DisplayName = UrlRedaction.Redact(data.DisplayName);
        foreach (var tag in UrlTags)
        {
            if (data.GetTagItem(tag) is string value)
            {
                data.SetTag(tag, UrlRedaction.Redact(value));
            }
        }
    }
}
