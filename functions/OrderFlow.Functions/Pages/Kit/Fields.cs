using System.Globalization;
using System.Text;
using OrderFlow.Core.Common;

namespace OrderFlow.Functions.Pages.Kit;

/// <summary>
/// Form controls with their label, hint and error tied to them for screen readers (an error sits beside its field and
/// marks it invalid). Every control's id is "f-" and its name, which the error summary links to.
/// </summary>
public static class Fields
{
    public static string Id(string name) => "f-" + name.Replace('[', '-').Replace(']', '-').Replace('.', '-');

    public static string Text(string name, string label, string? value, FieldErrors? errors = null, string type = "text", string? hint = null, bool required = false, string extra = "") =>
        Wrap(name, label, hint, errors, described =>
            $"<input type=\"{type}\" id=\"{Id(name)}\" name=\"{HtmlPage.Encode(name)}\" value=\"{HtmlPage.Encode(value)}\"{Required(required)}{described}{extra}>");

    public static string TextArea(string name, string label, string? value, FieldErrors? errors = null, string? hint = null, bool required = false) =>
        Wrap(name, label, hint, errors, described =>
            $"<textarea id=\"{Id(name)}\" name=\"{HtmlPage.Encode(name)}\" rows=\"3\"{Required(required)}{described}>{HtmlPage.Encode(value)}</textarea>");

    /// <summary>A select of (value, text) options, the one equal to <paramref name="selected"/> chosen.</summary>
    public static string Select(string name, string label, IEnumerable<(string Value, string Text)> options, string? selected, FieldErrors? errors = null, string? hint = null) =>
        Wrap(name, label, hint, errors, described =>
        {
            var html = new StringBuilder().Append(CultureInfo.InvariantCulture, $"<select id=\"{Id(name)}\" name=\"{HtmlPage.Encode(name)}\"{described}>");
            foreach (var (value, text) in options)
            {
                var chosen = value == selected ? " selected" : "";
                html.Append(CultureInfo.InvariantCulture, $"<option value=\"{HtmlPage.Encode(value)}\"{chosen}>{HtmlPage.Encode(text)}</option>");
            }
            return html.Append("</select>").ToString();
        });

    /// <summary>A list of every error at the top of a form, each linking to its field; nothing when there are none.</summary>
    public static string ErrorSummary(FieldErrors? errors)
    {
        if (errors is null || errors.IsEmpty)
        {
            return "";
        }
        var html = new StringBuilder("<div class=\"error-summary\" role=\"alert\" tabindex=\"-1\"><h2>Please correct these</h2><ul>");
        foreach (var (field, messages) in errors.ByField)
        {
            foreach (var message in messages)
            {
                html.Append(CultureInfo.InvariantCulture, $"<li><a href=\"#{Id(field)}\">{HtmlPage.Encode(message)}</a></li>");
            }
        }
        return html.Append("</ul></div>").ToString();
    }

    static string Wrap(string name, string label, string? hint, FieldErrors? errors, Func<string, string> control)
    {
        var id = Id(name);
        var messages = errors?.For(name) ?? [];
        var describedBy = new List<string>();
        var html = new StringBuilder().Append(CultureInfo.InvariantCulture, $"<div class=\"field\"><label for=\"{id}\">{HtmlPage.Encode(label)}</label>");
        if (hint is not null)
        {
            html.Append(CultureInfo.InvariantCulture, $"<p class=\"hint\" id=\"{id}-hint\">{HtmlPage.Encode(hint)}</p>");
            describedBy.Add(id + "-hint");
        }
        if (messages.Count > 0)
        {
            html.Append(CultureInfo.InvariantCulture, $"<p class=\"error\" id=\"{id}-error\">{HtmlPage.Encode(string.Join(" ", messages))}</p>");
            describedBy.Add(id + "-error");
        }
        var described = (describedBy.Count > 0 ? $" aria-describedby=\"{string.Join(' ', describedBy)}\"" : "") + (messages.Count > 0 ? " aria-invalid=\"true\"" : "");
        return html.Append(control(described)).Append("</div>").ToString();
    }

    static string Required(bool required) => required ? " required" : "";
}
