using System.Text.RegularExpressions;

namespace OrderFlow.IntegrationTests.Orders;

/// <summary>Pieces of a back-office page's HTML, as a test reads them: a section by its heading's ID, a table's rows.</summary>
static partial class PageHtml
{
    public static string Section(string html, string headingId)
    {
        var match = Regex.Match(html, $"<section aria-labelledby=\"{Regex.Escape(headingId)}\">(.*?)</section>", RegexOptions.Singleline);
        Assert.True(match.Success, $"The page has no section {headingId}.");
        return match.Groups[1].Value;
    }

    /// <summary>The body rows of the tables in <paramref name="html"/>.</summary>
    public static IReadOnlyList<string> Rows(string html) =>
        [.. BodyRow().Matches(html).Select(m => m.Groups[1].Value).Where(r => !r.Contains("scope=\"col\"", StringComparison.Ordinal))];

    /// <summary>The one row that names <paramref name="text"/>.</summary>
    public static string RowOf(string html, string text) => Assert.Single(Rows(html), r => r.Contains(text, StringComparison.Ordinal));

    [GeneratedRegex("<tr>(.*?)</tr>", RegexOptions.Singleline)]
    private static partial Regex BodyRow();
}
