using Microsoft.Extensions.Options;
using OrderFlow.Core.Email;

namespace OrderFlow.Core.Inventory;

/// <summary>Section "OrderFlow:Alerts": who hears about low stock (and, later, orders stuck in a stage).</summary>
public sealed class AlertOptions
{
    public const string Section = "OrderFlow:Alerts";

    public string Email { get; set; } = "warehouse@orderflow.local";
}

/// <summary>Emails the warehouse when a reservation leaves a SKU below its reorder point: one email per SKU and day.</summary>
public sealed class StockAlerts(EmailOutbox outbox, IOptions<AlertOptions> options, TimeProvider time)
{
    public Task RaiseAsync(ReservationResult result, CancellationToken cancellationToken)
    {
        var day = time.GetUtcNow().ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
        var message = new EmailMessage(
            $"stock/{result.Sku.Value}/low-{day}",
            options.Value.Email,
            "Warehouse",
            $"Low stock: {result.Sku} is below its reorder point",
            $"After the latest reservation, {result.Sku} has fewer units available than its reorder point. Time to reorder.\n");
        return outbox.EnqueueAsync(message, cancellationToken);
    }
}
