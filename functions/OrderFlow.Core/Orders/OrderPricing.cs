using OrderFlow.Core.Common;
using OrderFlow.Core.Customers;
using OrderFlow.Core.Orders.Intake;
using OrderFlow.Core.Orders.Workflow;
using OrderFlow.Core.Products;

namespace OrderFlow.Core.Orders;

/// <summary>
/// The business checks of an order that already passed the shape checks at intake: every SKU exists and is active,
/// every price matches the price list, the customer is known (or matched by email, or created). All reasons are
/// collected; tax is computed per line from the product's rate.
/// </summary>
public sealed class OrderPricing(ProductCatalogue products, CustomerDirectory customers)
{
    public async Task<OrderValidation> PriceAsync(string orderId, CanonicalOrder order, CancellationToken cancellationToken)
    {
        var reasons = new List<string>();
        var currency = Currency.Parse(order.Currency!);
        var customer = await ResolveCustomerAsync(order, reasons, cancellationToken);
        var lines = new List<PricedLine>();
        for (var i = 0; i < order.Lines!.Count; i++)
        {
            if (await PriceLineAsync(order.Lines[i]!, currency, reasons, $"lines[{i}]", cancellationToken) is { } line)
            {
                lines.Add(line);
            }
        }
        Money.TryParse(order.ShippingCost ?? "0", currency, out var shipping);
        if (reasons.Count > 0 || customer is null)
        {
            return new OrderValidation(null, reasons);
        }
        return new OrderValidation(
            new PricedOrder(orderId, customer.Id, customer.Email, customer.Name, currency.Code, lines, shipping.Minor, order.ShippingAddress!, order.Paid),
            []);
    }

    async Task<Customer?> ResolveCustomerAsync(CanonicalOrder order, List<string> reasons, CancellationToken cancellationToken)
    {
        if (order.CustomerId is { } id)
        {
            var known = await customers.FindAsync(id, cancellationToken);
            if (known is null)
            {
                reasons.Add($"customerId: customer '{id}' does not exist.");
            }
            return known;
        }
        return await customers.MatchOrCreateAsync(order.Customer!.Name!.Trim(), order.Customer.Email!, order.ShippingAddress, cancellationToken);
    }

    async Task<PricedLine?> PriceLineAsync(CanonicalLine line, Currency currency, List<string> reasons, string field, CancellationToken cancellationToken)
    {
        var product = await products.FindAsync(line.Sku!, cancellationToken);
        if (product is null)
        {
            reasons.Add($"{field}.sku: SKU '{line.Sku}' does not exist.");
            return null;
        }
        if (!product.Active)
        {
            reasons.Add($"{field}.sku: SKU '{line.Sku}' is not active.");
            return null;
        }
        if (product.PriceIn(currency) is not { } listPrice)
        {
            reasons.Add($"{field}.sku: SKU '{line.Sku}' has no {currency.Code} price.");
            return null;
        }
        Money.TryParse(line.UnitPrice, currency, out var unitPrice);
        if (unitPrice != listPrice)
        {
            reasons.Add($"{field}.unitPrice: {unitPrice.ToDecimalString()} does not match the price list ({listPrice.ToDecimalString()} {currency.Code}).");
            return null;
        }
        var net = listPrice * line.Quantity!.Value;
        return new PricedLine(product.Sku, product.Name, line.Quantity.Value, listPrice.Minor, product.TaxRate, net.Minor, net.ApplyRate(product.TaxRate).Minor);
    }
}
