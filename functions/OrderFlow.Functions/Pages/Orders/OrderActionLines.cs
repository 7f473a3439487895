using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using OrderFlow.Core.Common;
using OrderFlow.Core.Orders;
using OrderFlow.Core.Orders.Fulfilment;
using OrderFlow.Core.Products;
using OrderFlow.Functions.Pages.Kit;

namespace OrderFlow.Functions.Pages.Orders;

/// <summary>
/// The units of a pick or a parcel on the order page: one box per SKU of the order with units left, every box blank
/// for everything left. Boxes are numbered by the SKU's place in the order, so a posted form reads back against the
/// same order however its progress moved meanwhile.
/// </summary>
static partial class OrderActionLines
{
    public static string Render(OrderRecord record, OrderActionKind kind, IReadOnlyDictionary<Sku, int> left, FormFields form, FieldErrors? errors)
    {
        var group = kind.Field("lines");
        var html = new StringBuilder().Append(CultureInfo.InvariantCulture, $"<fieldset id=\"{Fields.Id(group)}\" tabindex=\"-1\"><legend>Units</legend>")
            .Append("<p class=\"hint\">Leave every box blank for all units left.</p>");
        if (errors?.For(group) is { Count: > 0 } messages)
        {
            html.Append(CultureInfo.InvariantCulture, $"<p class=\"error\">{HtmlPage.Encode(string.Join(" ", messages))}</p>");
        }
        var skus = Skus(record);
        for (var i = 0; i < skus.Count; i++)
        {
            if (left.GetValueOrDefault(skus[i]) is var units and > 0)
            {
                var name = Quantity(kind, i);
                html.Append(Fields.Text(name, $"{skus[i]}: units ({units} left)", form[name], errors, type: "number",
                    extra: string.Create(CultureInfo.InvariantCulture, $" min=\"1\" max=\"{units}\" inputmode=\"numeric\"")));
            }
        }
        return html.Append("</fieldset>").ToString();
    }

    /// <summary>
    /// The lines a form asks for (null: everything left), with the box each came from so the order's errors about a
    /// line land beside its box; a box that holds no whole number is an error of its own.
    /// </summary>
    public static (List<LineRequest?>? Lines, IReadOnlyList<int> Boxes) Read(OrderRecord record, OrderActionKind kind, FormFields form, FieldErrors errors)
    {
        var skus = Skus(record);
        var lines = new List<LineRequest?>();
        var boxes = new List<int>();
        for (var i = 0; i < skus.Count; i++)
        {
            if (form[Quantity(kind, i)] is not { } text)
            {
                continue;
            }
            if (!int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var quantity))
            {
                errors.Add(Quantity(kind, i), "Enter a whole number of units, or leave the box blank.");
                continue;
            }
            lines.Add(new LineRequest { Sku = skus[i].Value, Quantity = quantity });
            boxes.Add(i);
        }
        return (lines.Count == 0 ? null : lines, boxes);
    }

    /// <summary>The order's error about a request field, named as the form's field ("lines[0].quantity" → its box).</summary>
    public static string FormField(OrderActionKind kind, string apiField, IReadOnlyList<int> boxes)
    {
        var line = LineField().Match(apiField);
        return line.Success && int.TryParse(line.Groups[1].Value, CultureInfo.InvariantCulture, out var index) && index < boxes.Count
            ? Quantity(kind, boxes[index])
            : kind.Field(line.Success ? "lines" : apiField);
    }

    static string Quantity(OrderActionKind kind, int box) => kind.Field(string.Create(CultureInfo.InvariantCulture, $"lines[{box}].quantity"));

    static List<Sku> Skus(OrderRecord record) => record.Priced is { } priced ? [.. priced.Lines.Select(l => l.Sku).Distinct()] : [];

    [GeneratedRegex(@"^lines\[(\d+)\]")]
    private static partial Regex LineField();
}
