using OrderFlow.Core.Invoicing;
using OrderFlow.Core.Orders;

namespace OrderFlow.Tests.Invoicing;

/// <summary>Invoices for the receivable rules: gross 64.50 (net 50.00, tax 9.50, shipping 5.00) in the given currency.</summary>
static class Receivables
{
    public static Invoice Issued(string issuedOn, int netDays = 14, bool fromMonthEnd = false, string customerId = "c-7", string currency = "EUR") =>
        new(DocumentNumber.Parse("INV-2026-000007"), OrderId.Parse("o-7"), customerId, new DateTimeOffset(Day(issuedOn).ToDateTime(new TimeOnly(16, 0)), TimeSpan.Zero), currency, InvoiceStatus.Issued,
            [new InvoiceLine("CUP", "Cup", 2, 2500, 0.19m, 5000, 950)], 500)
        {
            Terms = new PaymentTerms(netDays, fromMonthEnd),
            Customer = new InvoiceCustomer("Ada Buyer", "ada@example.test", new InvoiceAddress("Hauptstraße 1", null, "Berlin", "10115", null, "DE")),
        };

    public static Invoice Paying(this Invoice invoice, long minor) =>
        invoice.WithPayment(new InvoicePayment($"p-{invoice.Payments.Count}", minor, invoice.Currency, invoice.IssuedAt.AddDays(1)));

    public static DateOnly Day(string iso) => DateOnly.ParseExact(iso, "yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
}
