using System.Net;
using System.Text.RegularExpressions;
using OrderFlow.IntegrationTests.Access;

namespace OrderFlow.IntegrationTests.BackOffice;

/// <summary>Reading back-office pages as a test does: a table row's cells by the text of its row header, and posting a page's form from the page's own origin.</summary>
static partial class PageHtml
{
    /// <summary>The cells after the row header whose text is <paramref name="rowHeader"/> (tags stripped, entities decoded), or null when no row has it.</summary>
    public static string[]? Row(string html, string rowHeader)
    {
        foreach (Match row in TableRow().Matches(html))
        {
            if (Text(row.Groups["head"].Value) == rowHeader)
            {
                return [.. Cell().Matches(row.Groups["cells"].Value).Select(c => Text(c.Groups[1].Value))];
            }
        }
        return null;
    }

    /// <summary>The table whose caption is <paramref name="caption"/>, or nothing when the page has none.</summary>
    public static string Table(string html, string caption)
    {
        var start = html.IndexOf($"<caption>{WebUtility.HtmlEncode(caption)}</caption>", StringComparison.Ordinal);
        return start < 0 ? "" : html[start..html.IndexOf("</table>", start, StringComparison.Ordinal)];
    }

    /// <summary>Text without tags, entities decoded, spaces collapsed.</summary>
    public static string Text(string html) => Spaces().Replace(WebUtility.HtmlDecode(Tag().Replace(html, "")), " ").Trim();

    /// <summary>Posts a form as the page's own form would (the browser adds the app's origin).</summary>
    public static async Task<HttpResponseMessage> PostFormAsync(StaffBrowser browser, string path, IDictionary<string, string> fields)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, path.TrimStart('/')) { Content = new FormUrlEncodedContent(fields) };
        request.Headers.Add("Origin", browser.OwnOrigin);
        return await browser.Http.SendAsync(request);
    }

    [GeneratedRegex(@"<tr[^>]*><th scope=""row"">(?<head>.*?)</th>(?<cells>.*?)</tr>", RegexOptions.Singleline)]
    private static partial Regex TableRow();

    [GeneratedRegex(@"<td>(.*?)</td>", RegexOptions.Singleline)]
    private static partial Regex Cell();

    [GeneratedRegex("<[^>]+>")]
    private static partial Regex Tag();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Spaces();
}
