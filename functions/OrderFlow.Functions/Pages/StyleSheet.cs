using System.ComponentModel;
using System.Text;
using Microsoft.AspNetCore.Http;
using Microsoft.Azure.Functions.Worker;
using OrderFlow.Core.Reporting.Dashboard;

namespace OrderFlow.Functions.Pages;

/// <summary>The back office's one style sheet, embedded in the app: pages load nothing from elsewhere.</summary>
public static class StyleSheet
{
    static readonly Lazy<byte[]> Css = new(() =>
    {
        using var stream = typeof(StyleSheet).Assembly.GetManifestResourceStream("OrderFlow.Functions.Pages.site.css")
            ?? throw new InvalidOperationException("The embedded style sheet Pages/site.css is missing.");
        using var copy = new MemoryStream();
        stream.CopyTo(copy);
        // The dashboard's sections keep their styles with their renderer, which the self-contained /api/dashboard inlines.
        copy.Write(Encoding.UTF8.GetBytes("\n" + DashboardPage.SectionStyle));
        return copy.ToArray();
    });

    [Function("StyleSheet")]
    [Description("The back office's style sheet.")]
    public static IResult Run([HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "assets/site.css")] HttpRequest request)
    {
        request.HttpContext.Response.Headers.CacheControl = "public, max-age=3600";
        return TypedResults.Bytes(Css.Value, "text/css; charset=utf-8");
    }
}
