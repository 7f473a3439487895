using Microsoft.AspNetCore.Http;
using OrderFlow.Core.Access;
using OrderFlow.Functions.Access;

namespace OrderFlow.Functions.Pages;

/// <summary>The page a signed-in person sees when their roles do not open a page: it names the role that would.</summary>
public static class ForbiddenPage
{
    public static HtmlPage For(IReadOnlyList<StaffRole> rolesNeeded, HttpContext http)
    {
        var viewer = http.Viewer();
        var held = viewer is null ? "" : $" You hold {HtmlPage.Encode(Layout.RoleList(viewer))}.";
        var content = $"<p role=\"alert\">{HtmlPage.Encode(AccessRefusals.NeedsText(rolesNeeded))}{held}</p>"
            + "<p>Ask an administrator for the role, or go back to the <a href=\"/\">home page</a>.</p>";
        return HtmlPage.BackOffice(StatusCodes.Status403Forbidden, Layout.Render("Not open to your roles", viewer, "", content));
    }
}
