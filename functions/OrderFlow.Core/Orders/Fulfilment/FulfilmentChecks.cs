using OrderFlow.Core.Common;
using OrderFlow.Core.Products;

namespace OrderFlow.Core.Orders.Fulfilment;

/// <summary>A line of a pick or parcel request as sent: any part may be missing.</summary>
public sealed class LineRequest
{
    public string? Sku { get; set; }

    public int? Quantity { get; set; }
}

public static class FulfilmentChecks
{
    /// <summary>
    /// Reads requested lines against what is left to pick or ship: every line needs a SKU of the order and a positive
    /// quantity, and a SKU's lines together may not ask for more than is left. Null lines mean "everything left".
    /// </summary>
    public static IReadOnlyList<LineQuantity>? Read(IReadOnlyList<LineRequest?>? lines, IReadOnlyDictionary<Sku, int> left, string verb, FieldErrors errors)
    {
        if (lines is null)
        {
            errors.Require(left.Values.Any(q => q > 0), "lines", $"Nothing is left to {verb}.");
            return null;
        }
        errors.Require(lines.Count > 0, "lines", "Name at least one line, or leave lines out for everything.");
        var read = new List<LineQuantity>();
        for (var i = 0; i < lines.Count; i++)
        {
            var line = lines[i];
            var text = line?.Sku?.Trim();
            if (!Sku.TryParse(text, out var sku) || !left.ContainsKey(sku))
            {
                errors.Add($"lines[{i}].sku", text is null ? "The SKU is required." : $"'{text}' is not on this order.");
            }
            else if (line!.Quantity is not > 0)
            {
                errors.Add($"lines[{i}].quantity", "The quantity must be a whole number of at least 1.");
            }
            else
            {
                read.Add(new LineQuantity(sku, line.Quantity.Value));
            }
        }
        // Added up as long: repeated lines of the largest quantity would overflow an int.
        foreach (var sku in read.GroupBy(l => l.Sku))
        {
            var asked = sku.Sum(l => (long)l.Quantity);
            if (asked > left[sku.Key])
            {
                errors.Add("lines", $"{asked} × {sku.Key} asked for, but only {left[sku.Key]} left to {verb}.");
            }
        }
        return read;
    }
}
