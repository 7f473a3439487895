using System.Text.Json;
using Azure.Data.Tables;
using Microsoft.Extensions.Options;
using OrderFlow.Core.Customers;
using OrderFlow.Core.Invoicing;
using OrderFlow.Core.Orders;
using OrderFlow.Core.Storage;
using OrderFlow.IntegrationTests.Fixtures;

namespace OrderFlow.IntegrationTests.Invoicing;

/// <summary>Invoices to issue straight through the ledger, as the order workflow would, without running orders.</summary>
static class LedgerDrafts
{
    /// <summary>
    /// A ledger on tables of its own (a fresh prefix) in the shared Azurite.
    /// </summary>
    public static async Task<InvoiceLedger> NewLedgerAsync(string? prefix = null)
    {
        var shared = await SharedServices.GetAsync();
        var tables = new TableServiceClient(shared.StorageConnection);
        var names = new StorageNames(prefix ?? "L" + TestNames.New().Suffix);
        return new InvoiceLedger(tables, names);
    }

    /// <summary>
    /// Two lines at 19 % and 7 % plus 4.90 shipping: net 61.00, tax 9.99, gross 75.89 EUR; billed as an order of a
    /// customer (<paramref name="buyer"/>; without one, the seller's default terms of 14 days net), the order ID as buyer reference.
    /// </summary>
    public static Func<DocumentNumber, Invoice> Draft(string orderId, DateTimeOffset issuedAt, string customerId = "c-1", string customerName = "Ada Buyer", string currency = "EUR", Customer? buyer = null) =>
        number => new Invoice(
            number,
            OrderId.Parse(orderId),
            customerId,
            issuedAt,
            currency,
            InvoiceStatus.Issued,
            [
                new InvoiceLine("CUP-ESP", "Espresso cup", 2, 1250, 0.19m, 2500, 475),
                new InvoiceLine("BOOK-1", "Kochbuch für Anfänger", 1, 3600, 0.07m, 3600, 252),
            ],
            490)
        {
            Customer = new InvoiceCustomer(customerName, $"{customerId}@example.test", new InvoiceAddress("Hauptstraße 1", null, "Berlin", "10115", null, "DE")),
        }.Billed(Billing.For(buyer, orderId));

    static readonly InvoiceBilling Billing = new(Options.Create(new SellerOptions()));

    /// <summary>A customer stored under the ledger's prefix (see <see cref="NewLedgerAsync"/>), to bill as the workflow would.</summary>
    public static async Task<Customer?> CustomerAsync(string prefix, string customerId)
    {
        var shared = await SharedServices.GetAsync();
        return await new CustomerDirectory(new TableServiceClient(shared.StorageConnection), new StorageNames(prefix)).FindAsync(CustomerId.Parse(customerId), CancellationToken.None);
    }

    /// <summary>Documents hold lists, which records compare by reference: compare what is stored instead.</summary>
    public static void AssertSame(Invoice? expected, Invoice? actual) =>
        Assert.Equal(JsonSerializer.Serialize(expected), JsonSerializer.Serialize(actual));

    public static Task<Invoice> IssueAsync(this InvoiceLedger ledger, string orderId, DateTimeOffset issuedAt, string customerId = "c-1", string customerName = "Ada Buyer") =>
        ledger.IssueAsync(Draft(orderId, issuedAt, customerId, customerName), OrderId.Parse(orderId), issuedAt, CancellationToken.None);
}
