using System.Globalization;
using System.Text;
using OrderFlow.Core.Access;

namespace OrderFlow.Functions.Pages;

/// <summary>
/// The frame of every back-office page: a skip link, a header with the app's name, who is signed in and sign-out,
/// the sections the viewer's roles open, and the page's content in the main landmark under its one h1.
/// </summary>
public static class Layout
{
    public const string StyleSheetPath = "/assets/site.css";
    public const string SignOutPath = "/.auth/logout";

    public static string Render(string title, StaffPrincipal? viewer, string currentPath, string content)
    {
        var html = new StringBuilder();
        html.Append(CultureInfo.InvariantCulture, $"<!doctype html><html lang=\"en\"><head><meta charset=\"utf-8\"><meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">");
        html.Append(CultureInfo.InvariantCulture, $"<title>{HtmlPage.Encode(title)} · OrderFlow</title><link rel=\"stylesheet\" href=\"{StyleSheetPath}\"></head><body>");
        html.Append("<a class=\"skip\" href=\"#main\">Skip to content</a><header class=\"top\"><a class=\"brand\" href=\"/\">OrderFlow</a>");
        if (viewer is not null)
        {
            html.Append(CultureInfo.InvariantCulture, $"<p class=\"who\">Signed in as <strong>{HtmlPage.Encode(viewer.Name)}</strong> <a href=\"{SignOutPath}\">Sign out</a></p>");
        }
        html.Append("</header>");
        if (viewer is not null)
        {
            html.Append(Nav(viewer, currentPath));
        }
        html.Append(CultureInfo.InvariantCulture, $"<main id=\"main\" tabindex=\"-1\"><h1>{HtmlPage.Encode(title)}</h1>{content}</main></body></html>");
        return html.ToString();
    }

    static string Nav(StaffPrincipal viewer, string currentPath)
    {
        var nav = new StringBuilder("<nav aria-label=\"Sections\"><ul>");
        foreach (var section in Navigation.For(viewer))
        {
            var current = section.Path == currentPath ? " aria-current=\"page\"" : "";
            nav.Append(CultureInfo.InvariantCulture, $"<li><a href=\"{HtmlPage.Encode(section.Path)}\"{current}>{HtmlPage.Encode(section.Label)}</a></li>");
        }
        return nav.Append("</ul></nav>").ToString();
    }

    /// <summary>"Sales, Approver", or a plain statement when the viewer holds none.</summary>
    public static string RoleList(StaffPrincipal viewer) =>
        viewer.Roles.Count == 0 ? "no roles" : string.Join(", ", viewer.Roles.Order());
}
