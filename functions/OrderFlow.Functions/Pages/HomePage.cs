using System.ComponentModel;
using System.Globalization;
using System.Text;
using Microsoft.AspNetCore.Http;
using Microsoft.Azure.Functions.Worker;
using OrderFlow.Functions.Access;
using OrderFlow.Functions.Pages.WorkQueue;

namespace OrderFlow.Functions.Pages;

public static class HomePage
{
    // The Functions host serves no empty route; an optional segment that must be empty matches "/" alone.
    const string Root = "{root:maxlength(0)?}";

    [Function("Home")]
    [Description("The back office's home page: who is signed in and the sections their roles open.")]
    public static IResult Run([HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = Root)] HttpRequest request)
    {
        // The access check lets only signed-in people through to a page, so there is always a viewer here.
        var viewer = request.HttpContext.Viewer()!;
        var content = new StringBuilder();
        content.Append(CultureInfo.InvariantCulture, $"<p>Signed in as <strong>{HtmlPage.Encode(viewer.Name)}</strong> ({HtmlPage.Encode(Layout.RoleList(viewer))}).</p>");
        // Operations and approvers start their day with what waits for them.
        if (AccessTable.Opens(WorkQueuePage.FunctionName, viewer))
        {
            content.Append(CultureInfo.InvariantCulture, $"<p class=\"lead\"><a href=\"{WorkQueuePage.Path}\">Open your work queue</a>: orders waiting for approval, stock, a refund or a fix.</p>");
        }
        content.Append("<ul class=\"sections\">");
        foreach (var section in Navigation.For(viewer).Where(s => s.Path != "/"))
        {
            content.Append(CultureInfo.InvariantCulture, $"<li><a href=\"{HtmlPage.Encode(section.Path)}\">{HtmlPage.Encode(section.Label)}</a>: {HtmlPage.Encode(section.Purpose)}</li>");
        }
        content.Append("</ul>");
        return HtmlPage.BackOffice(StatusCodes.Status200OK, Layout.Render("Home", viewer, "/", content.ToString()));
    }
}
