using Azure.Data.Tables;
using OrderFlow.Core.Orders;
using OrderFlow.Core.Storage;

namespace OrderFlow.Core.Invoicing;

/// <summary>
/// Invoices and credit notes in gap-free yearly series (INV-yyyy-nnnnnn, CN-yyyy-nnnnnn), and the payments on them.
/// Every operation is idempotent per order (issue, credit) or per payment reference, so retried activities change
/// nothing twice. Storage layout: <see cref="LedgerRows"/>.
/// </summary>
public sealed class InvoiceLedger(TableServiceClient tables, StorageNames names)
{
    readonly LedgerTable ledger = new(tables, names);

    /// <summary>Issues the order's invoice as <paramref name="draft"/> makes it for the number taken, or answers the one it already has.</summary>
    public Task<Invoice> IssueAsync(Func<DocumentNumber, Invoice> draft, OrderId orderId, DateTimeOffset issuedAt, CancellationToken cancellationToken) =>
        ledger.IssueAsync(DocumentType.Invoice, LedgerRows.YearOf(issuedAt), orderId, number => Task.FromResult(draft(number)), cancellationToken);

    /// <summary>The invoice or credit note with this number; null when there is none.</summary>
    public Task<Invoice?> FindAsync(DocumentNumber number, CancellationToken cancellationToken) => ledger.FindAsync(number, cancellationToken);

    public Task<Invoice?> FindByOrderAsync(OrderId orderId, CancellationToken cancellationToken) =>
        ledger.FindByOrderAsync(DocumentType.Invoice, orderId, cancellationToken);

    /// <summary>
    /// Credits the order's whole invoice with a credit note (CN-yyyy-nnnnnn of the credit's year) and marks the invoice
    /// Credited; answers the order's credit note, or null when the order has no invoice.
    /// </summary>
    /// <remarks>
    /// The credit note's series may be another year's partition than the invoice's, and no transaction spans two
    /// partitions, so it takes three steps, each idempotent: (1) the invoice records the credit request, which fixes
    /// the credit note's date (and so its series) once, whatever time a retry passes; (2) the credit note is issued in
    /// that series, where the order index makes a second issue answer the first; (3) the invoice becomes Credited and
    /// names the note. A crash between steps is repaired by the caller's retry, which repeats all three.
    /// </remarks>
    public async Task<Invoice?> IssueCreditNoteAsync(OrderId orderId, string reason, DateTimeOffset issuedAt, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(reason);
        if (await FindByOrderAsync(orderId, cancellationToken) is not { } found)
        {
            return null;
        }
        var invoice = await ledger.UpdateAsync(found.Number, i => i.WithCreditRequested(issuedAt, reason), cancellationToken)
            ?? throw new InvalidOperationException($"Invoice {found.Number} vanished while being credited.");
        var creditDate = invoice.Credit!.IssuedAt;
        var note = await ledger.IssueAsync(DocumentType.CreditNote, LedgerRows.YearOf(creditDate), orderId, number => Task.FromResult(invoice.CreditNote(number)), cancellationToken);
        await ledger.UpdateAsync(invoice.Number, i => i.WithCreditNote(note.Number), cancellationToken);
        return note;
    }

    /// <summary>Records a reminder on the invoice once (<see cref="Invoice.WithReminder"/>); answers the invoice as it now is.</summary>
    public Task<Invoice?> RecordReminderAsync(DocumentNumber number, ReminderLevel level, DateTimeOffset at, CancellationToken cancellationToken) =>
        ledger.UpdateAsync(number, i => i.WithReminder(level, at), cancellationToken);

    /// <summary>
    /// Records a payment on the order's invoice once per <paramref name="paymentReference"/>; answers the invoice with
    /// its payments and status (Issued → PartiallyPaid → Paid), or null when the order has no invoice.
    /// </summary>
    public async Task<Invoice?> RecordPaymentAsync(
        OrderId orderId, string paymentReference, long amountMinor, string currency, DateTimeOffset paidAt, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(paymentReference);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(amountMinor);
        if (await FindByOrderAsync(orderId, cancellationToken) is not { } invoice)
        {
            return null;
        }
        var payment = new InvoicePayment(paymentReference, amountMinor, currency, paidAt);
        return await ledger.UpdateAsync(invoice.Number, i => i.WithPayment(payment), cancellationToken);
    }
}
