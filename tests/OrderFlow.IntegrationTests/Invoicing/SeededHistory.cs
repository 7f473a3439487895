using System.Collections.Concurrent;
using OrderFlow.Core.Invoicing;
using OrderFlow.Core.Orders;

namespace OrderFlow.IntegrationTests.Invoicing;

/// <summary>
/// A finance app holding 2,500 invoices issued evenly over November 2025 to January 2026 (two yearly partitions),
/// for five customers; some paid in full, some in part, some credited. <see cref="Documents"/> keeps every
/// document as the ledger answered it, including any a test issues later, so tests know what the list must hold.
/// </summary>
public sealed class SeededHistory : FinanceApp, IAsyncLifetime
{
    public const string Collection = "seeded invoice history";
    public const int InvoiceCount = 2500;
    public static readonly DateTimeOffset Start = new(2025, 11, 1, 0, 0, 0, TimeSpan.Zero);
    public static readonly DateTimeOffset End = new(2026, 2, 1, 0, 0, 0, TimeSpan.Zero);
    public static readonly string[] Customers = ["c-ada", "c-zoe", "c-bjorn", "c-mei", "c-omar"];
    static readonly string[] CustomerNames = ["Ada Lovelace", "Zoë Ångström-Łukasiewicz", "Björn Ødegård", "李美 Mei", "Ömer Çelik"];

    public ConcurrentDictionary<DocumentNumber, Invoice> Documents { get; } = new();

    // Re-implements IAsyncLifetime: the app starts first, then the history is seeded into its tables.
    public new async Task InitializeAsync()
    {
        await base.InitializeAsync();
        var ledger = await LedgerAsync();
        var step = (End - Start) / InvoiceCount;
        var all = Enumerable.Range(0, InvoiceCount).Select(i => (Index: i, At: Start + (step * i))).ToList();
        // The two years are separate partitions with separate counters, so they are seeded side by side.
        await Task.WhenAll(all.GroupBy(a => a.At.Year).Select(async year =>
        {
            foreach (var (index, at) in year)
            {
                await SeedAsync(ledger, index, at);
            }
        }));
    }

    public async Task<Invoice> IssueAsync(InvoiceLedger ledger, string orderId, DateTimeOffset at, int customer)
    {
        var invoice = await ledger.IssueAsync(orderId, at, Customers[customer], CustomerNames[customer]);
        Documents[invoice.Number] = invoice;
        return invoice;
    }

    async Task SeedAsync(InvoiceLedger ledger, int index, DateTimeOffset at)
    {
        var orderId = $"o-{index:0000}";
        var invoice = await IssueAsync(ledger, orderId, at, index % Customers.Length);
        if (index % 4 == 0)
        {
            Documents[invoice.Number] = (await ledger.RecordPaymentAsync(OrderId.Parse(orderId), "pay-" + index, invoice.GrossMinor, "EUR", at.AddHours(1), CancellationToken.None))!;
        }
        else if (index % 7 == 0)
        {
            Documents[invoice.Number] = (await ledger.RecordPaymentAsync(OrderId.Parse(orderId), "part-" + index, 1000, "EUR", at.AddHours(1), CancellationToken.None))!;
        }
        else if (index % 50 == 1)
        {
            var note = (await ledger.IssueCreditNoteAsync(OrderId.Parse(orderId), "Cancelled by the customer.", at.AddMinutes(30), CancellationToken.None))!;
            Documents[note.Number] = note;
            Documents[invoice.Number] = (await ledger.FindAsync(invoice.Number, CancellationToken.None))!;
        }
    }
}

/// <summary>One seeded history shared by the list and CSV tests: seeding 2,500 invoices once is enough.</summary>
[CollectionDefinition(SeededHistory.Collection)]
public sealed class SharedSeededHistory : ICollectionFixture<SeededHistory>;
