using System.Globalization;
using OrderFlow.Core.Common;

namespace OrderFlow.Core.Orders.Pricing;

/// <summary>How far a unit price strays from the catalogue price, against the percentage allowed without approval.</summary>
public static class PriceDeviation
{
    /// <summary>The hold reason for a unit price more than <paramref name="holdAbove"/> percent away from the list price; null within it or when unset.</summary>
    public static string? HoldReason(string field, CatalogueLine product, Money unitPrice, decimal? holdAbove)
    {
        if (holdAbove is not { } allowed || unitPrice == product.ListPrice)
        {
            return null;
        }
        var list = product.ListPrice.Minor;
        // A free catalogue item has no proportion to measure by: any price for it is beyond every tolerance.
        var percent = list == 0 ? decimal.MaxValue : Math.Abs(unitPrice.Minor - list) * 100m / list;
        if (percent <= allowed)
        {
            return null;
        }
        var shown = list == 0 ? "away" : percent.ToString("0.##", CultureInfo.InvariantCulture) + " %";
        return $"{field}: {product.Sku} at {unitPrice} is {shown} from the catalogue price {product.ListPrice}, beyond the {allowed.ToString(CultureInfo.InvariantCulture)} % allowed without approval.";
    }
}
