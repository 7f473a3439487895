using System.Globalization;
using OrderFlow.Core.Common;
using OrderFlow.Core.Customers;
using OrderFlow.Core.Orders.Intake;
using OrderFlow.Core.Products;

namespace OrderFlow.Core.Orders.Import;

/// <summary>
/// The shape of one import line: formats and ranges, all problems at once, each under its field path. Whether the
/// dates and outcome add up is the aggregate's check (<see cref="OrderRecord.Import"/>).
/// </summary>
public static class ImportLineChecks
{
    const int MaxReference = 64;
    const int MaxReason = 500;

    /// <summary>The outcomes an imported order may have: a past order has ended.</summary>
    public static readonly IReadOnlyList<OrderStatus> Outcomes = [OrderStatus.Completed, OrderStatus.Cancelled, OrderStatus.Rejected];

    /// <summary>The stages and milestones a line may date; Received is <see cref="ImportLineInput.ReceivedAt"/>.</summary>
    public static readonly IReadOnlyList<Milestone> DatedStages =
    [
        Milestone.Validated, Milestone.OnHold, Milestone.Approved, Milestone.Reserved, Milestone.Backordered, Milestone.Fulfilled,
        Milestone.Shipped, Milestone.Invoiced, Milestone.Delivered, Milestone.Paid, Milestone.Completed, Milestone.Cancelled, Milestone.Rejected,
    ];

    public static ImportedOrder? Check(ImportLineInput? line, FieldErrors errors)
    {
        if (line is null)
        {
            errors.Add("$", "An order object is required.");
            return null;
        }
        var before = errors.Count;
        errors.Require(EntityKey.IsValid(line.Source), "source", "The source system's name, 1–64 letters, digits, '.', '_' or '-', is required.");
        errors.Require(EntityKey.IsValid(line.ExternalId), "externalId", "An external ID of 1–64 letters, digits, '.', '_' or '-' is required.");
        errors.Require(CustomerId.TryParse(line.CustomerId, out var customerId), "customerId", CustomerId.Rule);
        var currencyOk = errors.Require(Currency.TryParse(line.Currency, out var currency), "currency", "An ISO 4217 currency code such as \"EUR\" is required.");
        errors.Require(line.ReceivedAt is not null, "receivedAt", "When the order was received is required, as an ISO 8601 time with offset.");
        var statusOk = EnumName.TryParse<OrderStatus>(line.Status, out var status) && Outcomes.Contains(status);
        errors.Require(statusOk, "status", $"One of {string.Join(", ", Outcomes)} is required: an imported order has ended.");
        var lines = Lines(line.Lines, currencyOk ? currency : null, errors);
        var shipping = default(Money);
        if (currencyOk)
        {
            errors.Require(Money.TryParse(line.ShippingCost ?? "0", currency, out shipping) && !shipping.IsNegative, "shippingCost", Money.RequiredMessage(currency));
        }
        if (line.ShippingAddress is not null)
        {
            AddressChecks.Check(line.ShippingAddress, "shippingAddress", errors);
        }
        var stages = Stages(line.Stages, errors);
        var shipments = Shipments(line.Shipments, errors);
        var payments = currencyOk ? Payments(line.Payments, currency, errors) : [];
        errors.Require(line.InvoiceNumber is null || (line.InvoiceNumber.Trim().Length > 0 && TextField.IsSingleLine(line.InvoiceNumber, MaxReference)),
            "invoiceNumber", $"The source system's invoice number, 1–{MaxReference} characters on one line, or nothing.");
        var reasons = line.Reasons ?? [];
        for (var i = 0; i < reasons.Count; i++)
        {
            errors.Require(reasons[i] is { } r && r.Trim().Length > 0 && TextField.IsSingleLine(r, MaxReason), $"reasons[{i}]", $"A reason of 1–{MaxReason} characters on one line is required.");
        }
        if (errors.Count > before)
        {
            return null;
        }
        return new ImportedOrder(line.Source!, line.ExternalId!, customerId, currency, line.ReceivedAt!.Value, status, lines, shipping, line.ShippingAddress,
            stages, shipments, payments, line.InvoiceNumber?.Trim(), [.. reasons.Select(r => r!.Trim())]);
    }

    /// <summary>The lines; their prices are checked only when the currency is known (else that is the problem to fix).</summary>
    static List<ImportedLine> Lines(IReadOnlyList<ImportedLineInput?>? lines, Currency? currency, FieldErrors errors)
    {
        var checkedLines = new List<ImportedLine>();
        if (!errors.Require(lines is { Count: > 0 and <= CanonicalOrderChecks.MaxLines }, "lines", $"Between 1 and {CanonicalOrderChecks.MaxLines} lines are required."))
        {
            return checkedLines;
        }
        for (var i = 0; i < lines!.Count; i++)
        {
            var field = $"lines[{i}]";
            if (!errors.Require(lines[i] is not null, field, "A line object is required."))
            {
                continue;
            }
            var line = lines[i]!;
            var ok = errors.Require(Sku.TryParse(line.Sku, out var sku), $"{field}.sku", Sku.Rule);
            ok &= TextField.Check(line.Description, TextField.Name, $"{field}.description", errors);
            ok &= errors.Require(line.Quantity is > 0 and <= CanonicalOrderChecks.MaxQuantity, $"{field}.quantity", $"A whole quantity from 1 to {CanonicalOrderChecks.MaxQuantity} is required.");
            var price = default(Money);
            ok &= currency is { } c && errors.Require(Money.TryParse(line.UnitPrice, c, out price) && !price.IsNegative, $"{field}.unitPrice", Money.RequiredMessage(c));
            ok &= errors.Require(TryParseRate(line.TaxRate, out var rate), $"{field}.taxRate", "The tax rate charged, a decimal fraction from 0 to 1 such as \"0.19\", is required.");
            if (ok)
            {
                checkedLines.Add(new ImportedLine(sku, string.IsNullOrWhiteSpace(line.Description) ? sku.Value : line.Description.Trim(), line.Quantity!.Value, price, rate));
            }
        }
        return checkedLines;
    }

    static bool TryParseRate(string? text, out decimal rate) =>
        decimal.TryParse(text, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out rate) && rate <= 1m;

    static Dictionary<Milestone, DateTimeOffset> Stages(IReadOnlyDictionary<string, DateTimeOffset?>? stages, FieldErrors errors)
    {
        var dated = new Dictionary<Milestone, DateTimeOffset>();
        foreach (var (name, at) in stages ?? new Dictionary<string, DateTimeOffset?>())
        {
            var known = EnumName.TryParse<Milestone>(name, out var milestone) && DatedStages.Contains(milestone);
            if (errors.Require(known, $"stages.{name}", $"A stage to date is one of {string.Join(", ", DatedStages)}.")
                && errors.Require(at is not null, $"stages.{name}", "When the order reached this stage is required."))
            {
                dated[milestone] = at!.Value;
            }
        }
        return dated;
    }

    static List<ImportedShipmentInput> Shipments(IReadOnlyList<ImportedShipmentInput?>? shipments, FieldErrors errors)
    {
        var list = shipments ?? [];
        for (var i = 0; i < list.Count; i++)
        {
            var s = list[i];
            errors.Require(s?.Carrier is { } c && c.Trim().Length > 0 && TextField.IsSingleLine(c, MaxReference), $"shipments[{i}].carrier", $"The carrier, 1–{MaxReference} characters, is required.");
            errors.Require(s?.TrackingNumber is { } t && t.Trim().Length > 0 && TextField.IsSingleLine(t, MaxReference), $"shipments[{i}].trackingNumber", $"The tracking number, 1–{MaxReference} characters, is required.");
        }
        return [.. list.OfType<ImportedShipmentInput>()];
    }

    static List<Payment> Payments(IReadOnlyList<ImportedPaymentInput?>? payments, Currency currency, FieldErrors errors)
    {
        var checkedPayments = new List<Payment>();
        var list = payments ?? [];
        for (var i = 0; i < list.Count; i++)
        {
            var p = list[i];
            var field = $"payments[{i}]";
            var ok = errors.Require(p?.Reference is { } r && r.Trim().Length > 0 && TextField.IsSingleLine(r, MaxReference), $"{field}.reference", $"The payment's reference, 1–{MaxReference} characters, is required.");
            var amount = Money.Zero(currency);
            ok &= errors.Require(p is not null && Money.TryParse(p.Amount, currency, out amount) && amount.Minor > 0, $"{field}.amount", $"A positive amount with at most {currency.Exponent} decimals is required.");
            ok &= errors.Require(p?.At is not null, $"{field}.at", "When the payment came in is required.");
            if (ok)
            {
                checkedPayments.Add(new Payment(p!.Reference!.Trim(), amount, p.At!.Value));
            }
        }
        return checkedPayments;
    }
}
