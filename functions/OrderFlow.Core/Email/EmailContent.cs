using System.Net;
using System.Text;

namespace OrderFlow.Core.Email;

/// <summary>
/// An email's body written once and rendered twice: as HTML for the mail clients that show it, and as the plain-text
/// alternative for the others, so the two never say different things.
/// </summary>
public sealed class EmailContent
{
    readonly List<object> blocks = [];

    public EmailContent Paragraph(string text)
    {
        blocks.Add(text);
        return this;
    }

    /// <summary>Labels and amounts, one pair a row, the amounts aligned; the last row is the total.</summary>
    public EmailContent Amounts(IReadOnlyList<(string Label, string Value)> rows)
    {
        blocks.Add(rows);
        return this;
    }

    public string ToText()
    {
        var text = new StringBuilder();
        foreach (var block in blocks)
        {
            if (block is IReadOnlyList<(string Label, string Value)> rows)
            {
                var width = rows.Max(r => r.Label.Length) + 2;
                foreach (var (label, value) in rows)
                {
                    text.Append("  ").Append(label.PadRight(width)).Append(value).Append('\n');
                }
                text.Append('\n');
            }
            else
            {
                text.Append(block).Append("\n\n");
            }
        }
        return text.ToString().TrimEnd('\n') + "\n";
    }

    /// <summary>A self-contained page with inline styles, as mail clients drop style sheets.</summary>
    public string ToHtml(string title)
    {
        var html = new StringBuilder("<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>")
            .Append(WebUtility.HtmlEncode(title))
            .Append("</title></head><body style=\"font-family:Arial,Helvetica,sans-serif;font-size:14px;color:#222\">");
        foreach (var block in blocks)
        {
            if (block is IReadOnlyList<(string Label, string Value)> rows)
            {
                html.Append("<table style=\"border-collapse:collapse;margin:8px 0\">");
                foreach (var (row, index) in rows.Select((r, i) => (r, i)))
                {
                    var weight = index == rows.Count - 1 ? "font-weight:bold;border-top:1px solid #999;" : "";
                    html.Append("<tr><td style=\"").Append(weight).Append("padding:2px 16px 2px 0\">").Append(WebUtility.HtmlEncode(row.Label))
                        .Append("</td><td style=\"").Append(weight).Append("padding:2px 0;text-align:right\">").Append(WebUtility.HtmlEncode(row.Value)).Append("</td></tr>");
                }
                html.Append("</table>");
            }
            else
            {
                html.Append("<p>").Append(WebUtility.HtmlEncode((string)block).Replace("\n", "<br>", StringComparison.Ordinal)).Append("</p>");
            }
        }
        return html.Append("</body></html>").ToString();
    }
}
