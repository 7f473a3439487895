using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using OrderFlow.Core.Email;

namespace OrderFlow.Core.Invoicing;

/// <summary>
/// The daily reminder run: each overdue invoice gets the reminder its invoice says is due (<see cref="Invoice.ReminderDue"/>),
/// queued on the outbox and then recorded on the invoice. Queueing first means a run that dies in between queues it
/// again next time, and the outbox sends one email per invoice and level however often it is queued; recording
/// goes through the invoice, which takes each level once, so a second run at the same time records nothing twice.
/// </summary>
public sealed partial class PaymentReminders(
    InvoiceList list,
    InvoiceLedger ledger,
    EmailOutbox outbox,
    IOptions<PaymentReminderOptions> options,
    IOptions<SellerOptions> seller,
    TimeProvider time,
    ILogger<PaymentReminders> logger)
{
    /// <summary>Answers how many reminders this run queued.</summary>
    public async Task<int> RunAsync(CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        var overdue = new InvoiceQuery(null, null, StatusFilter.Overdue, null) { OverdueAsOf = DateOnly.FromDateTime(now.UtcDateTime) };
        var queued = 0;
        await foreach (var listed in list.StreamAsync(overdue, InvoiceList.MaxPageSize, null, cancellationToken))
        {
            try
            {
                queued += await RemindAsync(listed.Number, now, cancellationToken) ? 1 : 0;
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                // One invoice that cannot be reminded must not hold back the others; the next run tries it again.
                LogInvoiceFailed(logger, ex, listed.Number.Value);
            }
        }
        return queued;
    }

    async Task<bool> RemindAsync(DocumentNumber number, DateTimeOffset now, CancellationToken cancellationToken)
    {
        // Read again just before queueing: a payment recorded since the list was read must stop the reminder.
        if (await ledger.FindAsync(number, cancellationToken) is not { } invoice
            || invoice.ReminderDue(options.Value.Schedule, DateOnly.FromDateTime(now.UtcDateTime)) is not { } level)
        {
            return false;
        }
        if (string.IsNullOrWhiteSpace(invoice.Customer?.Email))
        {
            LogNoAddress(logger, invoice.Number.Value);
            return false;
        }
        await outbox.EnqueueAsync(PaymentReminderEmail.Compose(invoice, level, seller.Value), cancellationToken);
        await ledger.RecordReminderAsync(number, level, now, cancellationToken);
        return true;
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "Payment reminder for invoice {Number} failed")]
    static partial void LogInvoiceFailed(ILogger logger, Exception exception, string number);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Invoice {Number} is overdue, but its customer has no email address to remind")]
    static partial void LogNoAddress(ILogger logger, string number);
}
