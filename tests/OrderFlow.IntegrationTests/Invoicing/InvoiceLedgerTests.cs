using OrderFlow.Core.Invoicing;
using OrderFlow.Core.Orders;

namespace OrderFlow.IntegrationTests.Invoicing;

/// <summary>The ledger on Azurite: credit notes and payments, each idempotent, numbers gap-free.</summary>
public class InvoiceLedgerTests
{
    static readonly DateTimeOffset Issued = new(2026, 3, 10, 9, 0, 0, TimeSpan.Zero);

    [Fact]
    public async Task IssueCreditNote_InvoicedOrder_CreditNoteReferencesInvoiceAndInvoiceIsCredited()
    {
        var ledger = await LedgerDrafts.NewLedgerAsync();
        var invoice = await ledger.IssueAsync("o-1", Issued);

        var note = await ledger.IssueCreditNoteAsync(OrderId.Parse("o-1"), "Cancelled by the customer.", Issued.AddDays(2), CancellationToken.None);
        var credited = await ledger.FindAsync(invoice.Number, CancellationToken.None);

        Assert.NotNull(note);
        Assert.Equal("CN-2026-000001", note.Number.Value);
        Assert.Equal(DocumentType.CreditNote, note.Type);
        Assert.Equal(new DocumentReference(invoice.Number, Issued, "Cancelled by the customer."), note.Credits);
        Assert.Equal(invoice.GrossMinor, note.GrossMinor);
        LedgerDrafts.AssertSame(note, await ledger.FindAsync(note.Number, CancellationToken.None));
        Assert.Equal(InvoiceStatus.Credited, credited!.Status);
        Assert.Equal(note.Number, credited.Credit!.CreditNoteNumber);
    }

    [Fact]
    public async Task IssueCreditNote_RetriedLaterEvenInTheNextYear_AnswersTheFirstCreditNote()
    {
        var ledger = await LedgerDrafts.NewLedgerAsync();
        await ledger.IssueAsync("o-1", Issued);

        var first = await ledger.IssueCreditNoteAsync(OrderId.Parse("o-1"), "Cancelled.", Issued.AddDays(1), CancellationToken.None);
        var retried = await ledger.IssueCreditNoteAsync(OrderId.Parse("o-1"), "Cancelled again.", Issued.AddYears(1), CancellationToken.None);
        await ledger.IssueAsync("o-2", Issued);
        var next = await ledger.IssueCreditNoteAsync(OrderId.Parse("o-2"), "Cancelled.", Issued.AddDays(1), CancellationToken.None);

        LedgerDrafts.AssertSame(first, retried);
        Assert.Equal("CN-2026-000002", next!.Number.Value);
    }

    [Fact]
    public async Task IssueCreditNote_InvoiceOfLastYear_NumberedInTheCreditNotesYear()
    {
        var ledger = await LedgerDrafts.NewLedgerAsync();
        var invoice = await ledger.IssueAsync("o-1", new DateTimeOffset(2025, 12, 31, 23, 0, 0, TimeSpan.Zero));

        var note = await ledger.IssueCreditNoteAsync(OrderId.Parse("o-1"), "Returned.", new DateTimeOffset(2026, 1, 2, 8, 0, 0, TimeSpan.Zero), CancellationToken.None);

        Assert.Equal("INV-2025-000001", invoice.Number.Value);
        Assert.Equal("CN-2026-000001", note!.Number.Value);
        Assert.Equal(InvoiceStatus.Credited, (await ledger.FindAsync(invoice.Number, CancellationToken.None))!.Status);
    }

    [Fact]
    public async Task IssueCreditNote_OrderWithoutInvoice_ReturnsNull()
    {
        var ledger = await LedgerDrafts.NewLedgerAsync();
        await ledger.IssueAsync("o-1", Issued);

        Assert.Null(await ledger.IssueCreditNoteAsync(OrderId.Parse("o-unknown"), "Cancelled.", Issued, CancellationToken.None));
    }

    [Fact]
    public async Task IssueCreditNote_TwentyOrdersAtOnce_CreditNotesOneToTwentyWithoutGaps()
    {
        var ledger = await LedgerDrafts.NewLedgerAsync();
        var orders = Enumerable.Range(1, 20).Select(i => $"o-{i}").ToList();
        foreach (var order in orders)
        {
            await ledger.IssueAsync(order, Issued);
        }

        var notes = await Task.WhenAll(orders.Select(o => ledger.IssueCreditNoteAsync(OrderId.Parse(o), "Cancelled.", Issued.AddDays(1), CancellationToken.None)));

        Assert.Equal(Enumerable.Range(1, 20).Select(n => $"CN-2026-{n:000000}"), notes.Select(n => n!.Number.Value).Order(StringComparer.Ordinal));
        Assert.Equal(orders.Order(), notes.Select(n => n!.OrderId.Value).Order());
    }

    [Fact]
    public async Task RecordPayment_PartThenRest_IssuedThenPartiallyPaidThenPaid()
    {
        var ledger = await LedgerDrafts.NewLedgerAsync();
        var invoice = await ledger.IssueAsync("o-1", Issued);

        var part = await ledger.RecordPaymentAsync(OrderId.Parse("o-1"), "pay-1", 5000, "EUR", Issued.AddDays(3), CancellationToken.None);
        var rest = await ledger.RecordPaymentAsync(OrderId.Parse("o-1"), "pay-2", invoice.GrossMinor - 5000, "EUR", Issued.AddDays(5), CancellationToken.None);

        Assert.Equal(InvoiceStatus.Issued, invoice.Status);
        Assert.Equal(InvoiceStatus.PartiallyPaid, part!.Status);
        Assert.Equal(InvoiceStatus.Paid, rest!.Status);
        Assert.Equal(["pay-1", "pay-2"], rest.Payments.Select(p => p.Reference));
        LedgerDrafts.AssertSame(rest, await ledger.FindAsync(invoice.Number, CancellationToken.None));
    }

    [Fact]
    public async Task RecordPayment_SameReferenceTwice_RecordedOnce()
    {
        var ledger = await LedgerDrafts.NewLedgerAsync();
        await ledger.IssueAsync("o-1", Issued);

        await ledger.RecordPaymentAsync(OrderId.Parse("o-1"), "pay-1", 1000, "EUR", Issued.AddDays(3), CancellationToken.None);
        var again = await ledger.RecordPaymentAsync(OrderId.Parse("o-1"), "pay-1", 1000, "EUR", Issued.AddDays(4), CancellationToken.None);

        Assert.Equal(new InvoicePayment("pay-1", 1000, "EUR", Issued.AddDays(3)), Assert.Single(again!.Payments));
        Assert.Equal(InvoiceStatus.PartiallyPaid, again.Status);
    }

    [Fact]
    public async Task RecordPayment_OrderWithoutInvoice_ReturnsNull()
    {
        var ledger = await LedgerDrafts.NewLedgerAsync();

        Assert.Null(await ledger.RecordPaymentAsync(OrderId.Parse("o-unknown"), "pay-1", 1000, "EUR", Issued, CancellationToken.None));
    }

    [Fact]
    public async Task RecordPayment_OtherCurrency_ThrowsAndRecordsNothing()
    {
        var ledger = await LedgerDrafts.NewLedgerAsync();
        var invoice = await ledger.IssueAsync("o-1", Issued);

        await Assert.ThrowsAsync<ArgumentException>(() => ledger.RecordPaymentAsync(OrderId.Parse("o-1"), "pay-1", 1000, "USD", Issued, CancellationToken.None));

        Assert.Empty((await ledger.FindAsync(invoice.Number, CancellationToken.None))!.Payments);
    }

    [Fact]
    public async Task RecordPayment_CreditedInvoice_KeepsCreditedStatus()
    {
        var ledger = await LedgerDrafts.NewLedgerAsync();
        var invoice = await ledger.IssueAsync("o-1", Issued);
        await ledger.IssueCreditNoteAsync(OrderId.Parse("o-1"), "Cancelled.", Issued.AddDays(1), CancellationToken.None);

        var paid = await ledger.RecordPaymentAsync(OrderId.Parse("o-1"), "pay-1", invoice.GrossMinor, "EUR", Issued.AddDays(2), CancellationToken.None);

        Assert.Equal(InvoiceStatus.Credited, paid!.Status);
        Assert.Single(paid.Payments);
    }
}
