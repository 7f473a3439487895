using System.Globalization;
using System.Text;
using OrderFlow.Core.Common;

namespace OrderFlow.Functions.Pages.Kit;

/// <summary>
/// A checkbox with its label beside it, sending "true" when ticked; its error sits above it and marks it invalid,
/// and its id is <see cref="Fields.Id"/> of its name, as the error summary links to.
/// </summary>
public static class CheckBox
{
    public const string Ticked = "true";

    public static string Render(string name, string label, bool ticked, FieldErrors? errors = null)
    {
        var id = Fields.Id(name);
        var messages = errors?.For(name) ?? [];
        var html = new StringBuilder("<div class=\"field check\">");
        var invalid = "";
        if (messages.Count > 0)
        {
            html.Append(CultureInfo.InvariantCulture, $"<p class=\"error\" id=\"{id}-error\">{HtmlPage.Encode(string.Join(" ", messages))}</p>");
            invalid = $" aria-invalid=\"true\" aria-describedby=\"{id}-error\"";
        }
        var state = ticked ? " checked" : "";
        html.Append(CultureInfo.InvariantCulture, $"<input type=\"checkbox\" id=\"{id}\" name=\"{HtmlPage.Encode(name)}\" value=\"{Ticked}\"{state}{invalid}>");
        return html.Append(CultureInfo.InvariantCulture, $"<label for=\"{id}\">{HtmlPage.Encode(label)}</label></div>").ToString();
    }
}
