using OrderFlow.Core.Invoicing;
using OrderFlow.Core.Orders;

namespace OrderFlow.Tests.Invoicing;

public class InvoiceTests
{
    static readonly DateTimeOffset Issued = new(2026, 4, 1, 12, 0, 0, TimeSpan.Zero);

    // Net 50.00 + tax 9.50 + shipping 5.00 = gross 64.50 EUR.
    static readonly Invoice Unpaid = new(DocumentNumber.Parse("INV-2026-000007"), OrderId.Parse("o-7"), "c-7", Issued, "EUR", InvoiceStatus.Issued,
        [new InvoiceLine("CUP", "Cup", 2, 2500, 0.19m, 5000, 950)], 500);

    [Fact]
    public void WithPayment_PartThenRest_PartiallyPaidThenPaid()
    {
        var part = Unpaid.WithPayment(new InvoicePayment("p-1", 2000, "EUR", Issued.AddDays(1)));
        var rest = part.WithPayment(new InvoicePayment("p-2", 4450, "EUR", Issued.AddDays(2)));

        Assert.Equal((InvoiceStatus.PartiallyPaid, 2000L), (part.Status, part.PaidMinor));
        Assert.Equal((InvoiceStatus.Paid, 6450L), (rest.Status, rest.PaidMinor));
    }

    [Fact]
    public void WithPayment_KnownReference_SameInvoice()
    {
        var paid = Unpaid.WithPayment(new InvoicePayment("p-1", 2000, "EUR", Issued));

        Assert.Same(paid, paid.WithPayment(new InvoicePayment("p-1", 9999, "EUR", Issued.AddDays(1))));
    }

    [Fact]
    public void WithPayment_OtherCurrency_Throws() =>
        Assert.Throws<ArgumentException>(() => Unpaid.WithPayment(new InvoicePayment("p-1", 2000, "USD", Issued)));

    [Fact]
    public void CreditNote_RequestedCredit_CopiesLinesAndReferencesTheInvoice()
    {
        var requested = Unpaid.WithPayment(new InvoicePayment("p-1", 2000, "EUR", Issued))
            .WithCreditRequested(Issued.AddDays(3), "Returned.")
            .WithCreditRequested(Issued.AddDays(9), "Asked again.");

        var note = requested.CreditNote(DocumentNumber.Parse("CN-2026-000001"));
        var credited = requested.WithCreditNote(note.Number);

        Assert.Equal((DocumentType.CreditNote, InvoiceStatus.Issued, Issued.AddDays(3)), (note.Type, note.Status, note.IssuedAt));
        Assert.Equal(new DocumentReference(Unpaid.Number, Issued, "Returned."), note.Credits);
        Assert.Equal((Unpaid.GrossMinor, 0L), (note.GrossMinor, note.PaidMinor));
        Assert.Equal((InvoiceStatus.Credited, note.Number), (credited.Status, credited.Credit!.CreditNoteNumber));
    }

    [Fact]
    public void CreditNote_NoCreditRequested_Throws() =>
        Assert.Throws<InvalidOperationException>(() => Unpaid.CreditNote(DocumentNumber.Parse("CN-2026-000001")));
}
