using System.Globalization;
using System.Text;

namespace OrderFlow.Functions.Pages.Kit;

/// <summary>
/// A table with a caption and column headers. Cells are HTML the caller built (encode text with HtmlPage.Encode);
/// an empty table says so instead of showing bare headers.
/// </summary>
public static class DataTable
{
    public static string Render(string caption, IReadOnlyList<string> headers, IEnumerable<IReadOnlyList<string>> rows, string empty = "Nothing to show.")
    {
        var body = new StringBuilder();
        foreach (var row in rows)
        {
            body.Append("<tr>");
            for (var i = 0; i < row.Count; i++)
            {
                // The first cell names the row, so it is the row's header for screen readers.
                body.Append(i == 0 ? "<th scope=\"row\">" : "<td>").Append(row[i]).Append(i == 0 ? "</th>" : "</td>");
            }
            body.Append("</tr>");
        }
        if (body.Length == 0)
        {
            return $"<p class=\"empty\">{HtmlPage.Encode(empty)}</p>";
        }
        var head = string.Concat(headers.Select(h => $"<th scope=\"col\">{HtmlPage.Encode(h)}</th>"));
        return string.Create(CultureInfo.InvariantCulture, $"<div class=\"table-wrap\"><table><caption>{HtmlPage.Encode(caption)}</caption><thead><tr>{head}</tr></thead><tbody>{body}</tbody></table></div>");
    }

    /// <summary>A link cell: text made safe, pointing at a path of the app.</summary>
    public static string Link(string path, string text) => $"<a href=\"{HtmlPage.Encode(path)}\">{HtmlPage.Encode(text)}</a>";

    /// <summary>A UTC instant as a machine-readable time element, shown to the minute.</summary>
    public static string Time(DateTimeOffset? at) =>
        at is { } value ? $"<time datetime=\"{value.UtcDateTime:O}\">{value.UtcDateTime.ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture)} UTC</time>" : "";
}
