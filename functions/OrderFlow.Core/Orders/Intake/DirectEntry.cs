using Microsoft.DurableTask.Client;
using OrderFlow.Core.Common;
using OrderFlow.Core.Inventory;

namespace OrderFlow.Core.Orders.Intake;

/// <summary>
/// Orders a person or a client enters directly (POST /api/orders and the back office's new-order form): one channel,
/// one set of checks at the door, one intake. <see cref="PreviewAsync"/> runs the workflow's own validation without
/// storing anything, so a form can show what would reject, hold or backorder the order before it is entered.
/// </summary>
public sealed class DirectEntry(OrderIntake intake, IdempotencyKeys idempotencyKeys, OrderPricing pricing, ApprovalPolicy approval, StockLedger stock)
{
    /// <summary>The channel of directly entered orders: their source and shop in the order ID and on the order.</summary>
    public const string Source = "api";
    public const string Shop = "direct";

    public static OrderId OrderIdOf(string externalId) => OrderIds.From(Source, Shop, externalId);

    /// <summary>The shape checks at the door; an order failing them is refused before anything is stored.</summary>
    public static FieldErrors Check(CanonicalOrder? order) => CanonicalOrderChecks.CheckDirect(order);

    /// <summary>Binds a client's Idempotency-Key to this body and order; false when the key came with another body.</summary>
    public Task<bool> TryBindKeyAsync(string key, ReadOnlyMemory<byte> body, string externalId, CancellationToken cancellationToken) =>
        idempotencyKeys.TryBindAsync(key, body, OrderIdOf(externalId).Value, cancellationToken);

    /// <summary>Accepts an order that passed <see cref="Check"/>; the same external ID again finds the order already entered.</summary>
    public Task<IntakeResult> EnterAsync(DurableTaskClient durable, CanonicalOrder order, ReadOnlyMemory<byte> payload, Actor enteredBy, CancellationToken cancellationToken) =>
        intake.AcceptAsync(durable, Source, Shop, order, payload, enteredBy, cancellationToken);

    /// <summary>
    /// What the workflow's validation would make of an order that passed <see cref="Check"/>: the reasons it would
    /// reject it, by field, and warnings of what would hold it for approval or leave it backordered. The order must
    /// name its customer by ID: matching a customer by email would create one.
    /// </summary>
    public async Task<EntryPreview> PreviewAsync(CanonicalOrder order, CancellationToken cancellationToken)
    {
        if (order.CustomerId is null)
        {
            throw new ArgumentException("A preview needs the customer's ID.", nameof(order));
        }
        var validation = await pricing.PriceAsync(OrderIdOf(order.ExternalId!), order, cancellationToken);
        var errors = new FieldErrors();
        foreach (var reason in validation.Reasons)
        {
            // The workflow's reasons start with the field they are about: "lines[0].sku: SKU 'X' does not exist."
            var colon = reason.IndexOf(": ", StringComparison.Ordinal);
            errors.Add(colon > 0 ? reason[..colon] : "$", colon > 0 ? reason[(colon + 2)..] : reason);
        }
        if (validation.Order is not { } priced)
        {
            return new EntryPreview(errors, []);
        }
        string?[] holds = [validation.HoldReason, approval.HoldReason(priced)];
        var warnings = holds.OfType<string>().Select(h => $"It will wait for approval: {h}").ToList();
        warnings.AddRange(await ShortagesAsync(priced, cancellationToken));
        return new EntryPreview(errors, warnings);
    }

    async Task<IEnumerable<string>> ShortagesAsync(PricedOrder priced, CancellationToken cancellationToken)
    {
        var shortages = new List<string>();
        foreach (var line in priced.Lines.GroupBy(l => l.Sku, l => l.Quantity))
        {
            var available = (await stock.ListAsync(line.Key, cancellationToken)).Sum(level => level.Available);
            if (available < line.Sum())
            {
                shortages.Add($"It will wait as Backordered: {line.Sum()} of {line.Key} ordered, {Math.Max(0, available)} available.");
            }
        }
        return shortages;
    }
}

/// <summary>Why the workflow would reject an order (by field), and what would hold it or leave it waiting for stock.</summary>
public sealed record EntryPreview(FieldErrors Errors, IReadOnlyList<string> Warnings);
