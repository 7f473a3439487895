using System.Text.Json.Serialization;
using OrderFlow.Core.Common;
using OrderFlow.Core.Customers;
using OrderFlow.Core.Orders.Fulfilment;
using OrderFlow.Core.Orders.Import;
using OrderFlow.Core.Orders.Pricing;

namespace OrderFlow.Core.Orders;

/// <summary>Past orders from another system: recorded as they ended, with no workflow, stock or invoice of ours.</summary>
public sealed partial record OrderRecord
{
    /// <summary>The system an imported order came from and its invoice number there; null for OrderFlow's own orders.</summary>
    [JsonInclude]
    public ImportOrigin? Imported { get; private set; }

    /// <summary>
    /// A past order as it ended elsewhere: priced as the source charged it (its prices and tax rates, shipping taxed
    /// as OrderFlow taxes it), its timeline from the dates given, its parcels and payments. It takes no number from
    /// OrderFlow's invoice series: the source's invoice number stays a reference. Null with every field problem in
    /// <paramref name="errors"/> when its outcome does not add up (<see cref="ImportedOutcome"/>).
    /// </summary>
    public static OrderRecord? Import(ImportedOrder order, Customer customer, ShippingTaxMode shippingTax, DateTimeOffset now, FieldErrors errors)
    {
        var before = errors.Count;
        var address = order.ShippingAddress ?? customer.ShippingAddress;
        errors.Require(address is not null, "shippingAddress", "A shipping address is required: the customer has none on file.");
        var priced = Price(order, customer, address, shippingTax);
        ImportedOutcome.Check(order, priced.Gross, now, errors);
        if (errors.Count > before)
        {
            return null;
        }
        var paid = order.Payments.Sum(p => p.Amount.Minor) == priced.Gross.Minor;
        var reachedWarehouse = order.Stages.ContainsKey(Milestone.Fulfilled) || order.Stages.ContainsKey(Milestone.Shipped);
        var everything = priced.Lines.Select(l => new LineQuantity(l.Sku, l.Quantity)).ToList();
        return new OrderRecord
        {
            OrderId = order.OrderId,
            Source = ImportedOrder.Channel,
            ExternalId = order.ExternalId,
            ReceivedAt = order.ReceivedAt,
            Status = order.Status,
            CustomerId = customer.Id,
            Currency = order.Currency,
            Priced = priced with { Paid = paid },
            Timeline = ImportedTimeline(order, paid),
            Shipments = [.. order.Shipments.Select((s, i) => new Shipment(s.Carrier!.Trim(), s.TrackingNumber!.Trim(),
                order.Stages.ContainsKey(Milestone.Delivered) ? ShipmentStatus.Delivered : ShipmentStatus.InTransit, i == 0 ? everything : []))],
            Picked = reachedWarehouse ? everything : [],
            Payments = order.Payments,
            Paid = paid,
            RejectionReasons = order.Status == OrderStatus.Rejected ? order.Reasons : null,
            Imported = new ImportOrigin(order.Source, order.InvoiceNumber),
        };
    }

    static PricedOrder Price(ImportedOrder order, Customer customer, Intake.PostalAddress? address, ShippingTaxMode shippingTax)
    {
        var lines = order.Lines.Select(l =>
        {
            var net = l.UnitPrice * l.Quantity;
            return new PricedLine(l.Sku, l.Description, l.Quantity, l.UnitPrice.Minor, l.TaxRate, net.Minor, net.ApplyRate(l.TaxRate).Minor);
        }).ToList();
        var shipping = CataloguePricing.Shipping(lines, order.Shipping, shippingTax);
        return new PricedOrder(order.OrderId, customer.Id, customer.Email, customer.Name, order.Currency, lines, shipping.Sum(s => s.NetMinor),
            address ?? new Intake.PostalAddress(null, null, null, null, null, null), Paid: false)
        {
            ShippingTaxes = shipping,
            Buyer = customer,
            ExternalId = order.ExternalId,
        };
    }

    /// <summary>Receipt, then each dated stage in time order (process order for equal times); Paid when the payments settle it.</summary>
    static IReadOnlyList<TimelineEntry> ImportedTimeline(ImportedOrder order, bool paid)
    {
        var entries = new List<TimelineEntry> { new(Milestone.Received, order.ReceivedAt, $"Imported from {order.Source}") };
        var outcome = Milestones.Of(order.Status);
        entries.AddRange(order.Stages.OrderBy(s => s.Value).ThenBy(s => s.Key)
            .Select(s => new TimelineEntry(s.Key, s.Value, s.Key == outcome && order.Reasons.Count > 0 ? string.Join(" ", order.Reasons) : null)));
        if (paid && order.Payments.Count > 0 && !order.Stages.ContainsKey(Milestone.Paid))
        {
            var settled = order.Payments.Max(p => p.At);
            entries.Add(new TimelineEntry(Milestone.Paid, settled, null));
        }
        return [.. entries.OrderBy(e => e.At).ThenBy(e => e.Stage)];
    }
}
