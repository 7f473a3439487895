namespace OrderFlow.Functions.Pages.Kit;

/// <summary>A checkbox with its label beside it (after the box, where people look for it), sending "true" when ticked.</summary>
public static class Checkbox
{
    public static string Render(string name, string label, bool isChecked) =>
        $"<div class=\"field check\"><input type=\"checkbox\" id=\"{Fields.Id(name)}\" name=\"{HtmlPage.Encode(name)}\" value=\"true\"{(isChecked ? " checked" : "")}>"
        + $"<label for=\"{Fields.Id(name)}\">{HtmlPage.Encode(label)}</label></div>";
}
