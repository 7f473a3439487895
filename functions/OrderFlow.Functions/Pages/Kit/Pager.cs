using Microsoft.AspNetCore.Http;

namespace OrderFlow.Functions.Pages.Kit;

/// <summary>
/// "Next page" for a list read in pages by continuation token: the same query (filters kept) with the next token.
/// Storage hands out tokens forward only, so going back is the browser's back button.
/// </summary>
public static class Pager
{
    public const string TokenParameter = "page";

    public static string? Token(HttpRequest request) => request.Query[TokenParameter].FirstOrDefault() is { Length: > 0 } token ? token : null;

    public static string Next(HttpRequest request, string? nextToken)
    {
        if (nextToken is null)
        {
            return "";
        }
        var query = request.Query
            .Where(q => q.Key != TokenParameter && q.Key != BackOfficePage.NoticeParameter)
            .SelectMany(q => q.Value.Select(v => $"{Uri.EscapeDataString(q.Key)}={Uri.EscapeDataString(v ?? "")}"))
            .Append($"{TokenParameter}={Uri.EscapeDataString(nextToken)}");
        return $"<nav class=\"pager\" aria-label=\"Pages\"><a href=\"{HtmlPage.Encode($"{request.Path}?{string.Join('&', query)}")}\" rel=\"next\">Next page</a></nav>";
    }
}
