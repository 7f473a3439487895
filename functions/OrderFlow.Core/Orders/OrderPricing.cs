using Microsoft.Extensions.Options;
using OrderFlow.Core.Common;
using OrderFlow.Core.Customers;
using OrderFlow.Core.Orders.Intake;
using OrderFlow.Core.Orders.Pricing;
using OrderFlow.Core.Orders.Workflow;
using OrderFlow.Core.Products;

namespace OrderFlow.Core.Orders;

/// <summary>
/// The business checks of an order that already passed the shape checks at intake: every SKU exists and is active,
/// the customer is known (or matched by email, or created), and the lines are priced: as the shop charged them for
/// shop orders (<see cref="ShopPricing"/>), from the catalogue otherwise (<see cref="CataloguePricing"/>). All reasons
/// are collected; a price or tax rate away from the catalogue is a reason to hold, not to refuse.
/// </summary>
public sealed class OrderPricing(ProductCatalogue products, CustomerDirectory customers, IOptions<PricingOptions> options)
{
    public async Task<OrderValidation> PriceAsync(OrderId orderId, CanonicalOrder order, CancellationToken cancellationToken)
    {
        var reasons = new List<string>();
        var holds = new List<string>();
        var currency = Currency.Parse(order.Currency!);
        var customer = await ResolveCustomerAsync(order, reasons, cancellationToken);
        IReadOnlyList<PricedLine> lines = await PriceLinesAsync(order, currency, reasons, holds, cancellationToken);
        Money.TryParse(order.ShippingCost ?? "0", currency, out var shipping);
        var shippingTaxes = order.Charged is { } charged
            ? ShopPricing.Shipping(charged, shipping, lines)
            : CataloguePricing.Shipping(lines, shipping, options.Value.ShippingTax);
        if (order.Charged is { } shop && reasons.Count == 0)
        {
            Money.TryParse(shop.Total, currency, out var total);
            lines = ShopTotal.Reconcile(lines, shippingTaxes, total, reasons) ?? lines;
        }
        if (reasons.Count > 0 || customer is null)
        {
            return new OrderValidation(null, reasons);
        }
        var priced = new PricedOrder(orderId, customer.Id, customer.Email, customer.Name, currency, lines, shippingTaxes.Sum(s => s.NetMinor), order.ShippingAddress!, order.Paid)
        {
            ShippingTaxes = shippingTaxes,
            // The shop's locale says which language the customer just bought in: this order's emails are written in it.
            Buyer = Languages.TryParse(order.Customer?.Language, out var language) ? customer with { Language = language } : customer,
            ExternalId = order.ExternalId,
            OrderName = order.OrderName,
        };
        return new OrderValidation(priced, [], holds.Count == 0 ? null : string.Join(" ", holds));
    }

    async Task<List<PricedLine>> PriceLinesAsync(CanonicalOrder order, Currency currency, List<string> reasons, List<string> holds, CancellationToken cancellationToken)
    {
        var lines = new List<PricedLine>();
        var holdAbove = options.Value.HoldAboveDeviation;
        for (var i = 0; i < order.Lines!.Count; i++)
        {
            var line = order.Lines[i]!;
            var field = $"lines[{i}]";
            if (await CatalogueLineAsync(Sku.Parse(line.Sku!), currency, reasons, field, cancellationToken) is not { } product)
            {
                continue;
            }
            var priced = order.Charged is { } charged
                ? ShopPricing.PriceLine(product, line.Quantity!.Value, line.Charged!, charged.PricesIncludeTax)
                : CataloguePricing.PriceLine(product, line, reasons, field);
            if (priced is null)
            {
                continue;
            }
            lines.Add(priced);
            string?[] holdReasons =
            [
                line.Charged is null ? null : ShopPricing.TaxHoldReason(field, product, line.Charged, priced),
                PriceDeviation.HoldReason(field, product, new Money(priced.UnitPriceMinor, currency), holdAbove),
            ];
            holds.AddRange(holdReasons.OfType<string>());
        }
        return lines;
    }

    async Task<Customer?> ResolveCustomerAsync(CanonicalOrder order, List<string> reasons, CancellationToken cancellationToken)
    {
        if (order.CustomerId is { } id)
        {
            // CanonicalOrderChecks refused a malformed ID at intake.
            var known = await customers.FindAsync(CustomerId.Parse(id), cancellationToken);
            if (known is null)
            {
                reasons.Add($"customerId: customer '{id}' does not exist.");
            }
            return known;
        }
        return await customers.MatchOrCreateAsync(order.Customer!, order.ShippingAddress, cancellationToken);
    }

    async Task<CatalogueLine?> CatalogueLineAsync(Sku sku, Currency currency, List<string> reasons, string field, CancellationToken cancellationToken)
    {
        var product = await products.FindAsync(sku, cancellationToken);
        string? problem = product is null ? "does not exist" : !product.Active ? "is not active" : product.PriceIn(currency) is null ? $"has no {currency.Code} price" : null;
        if (problem is not null)
        {
            reasons.Add($"{field}.sku: SKU '{sku}' {problem}.");
            return null;
        }
        return new CatalogueLine(product!.Sku, product.Name, product.TaxRate, product.PriceIn(currency)!.Value);
    }
}
