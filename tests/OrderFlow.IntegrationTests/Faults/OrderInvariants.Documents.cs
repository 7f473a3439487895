using Azure.Data.Tables;
using OrderFlow.Core.Invoicing;
using OrderFlow.Core.Orders;

namespace OrderFlow.IntegrationTests.Faults;

sealed partial class OrderInvariants
{
    /// <summary>
    /// Invoice and credit-note numbers run 1, 2, 3… per series with no gap and no repeat, one document of a kind per
    /// order; every completed order has its invoice, and the order names the document the ledger holds for it.
    /// </summary>
    async Task<IEnumerable<string>> DocumentViolationsAsync(Dictionary<string, OrderRecord?> orders)
    {
        var documents = await ReadDocumentsAsync();
        var violations = new List<string>();
        foreach (var series in documents.GroupBy(d => (d.Number.Type, d.Number.Year)))
        {
            var numbers = series.Select(d => d.Number.Sequence).Order().ToList();
            if (!numbers.SequenceEqual(Enumerable.Range(1, numbers.Count).Select(n => (long)n)))
            {
                violations.Add($"{series.Key.Type} {series.Key.Year} numbers are not 1..{numbers.Count}: {string.Join(",", numbers)}");
            }
            violations.AddRange(series.GroupBy(d => d.OrderId).Where(g => g.Count() > 1)
                .Select(g => $"order {g.Key} has {g.Count()} {series.Key.Type} documents: {string.Join(", ", g.Select(d => d.Number))}"));
        }
        foreach (var (id, order) in orders.Where(o => o.Value is not null))
        {
            var invoice = documents.Where(d => d.OrderId == id && d.Number.Type == DocumentType.Invoice).Select(d => (DocumentNumber?)d.Number).FirstOrDefault();
            if (order!.Status == OrderStatus.Completed && invoice is null)
            {
                violations.Add($"order {id} completed without an invoice");
            }
            if (order.InvoiceNumber != invoice)
            {
                violations.Add($"order {id} names invoice {order.InvoiceNumber}, the ledger holds {invoice}");
            }
        }
        return violations;
    }

    /// <summary>The invoices and credit notes in the ledger's series partitions; none before the app's first.</summary>
    async Task<List<(DocumentNumber Number, string OrderId)>> ReadDocumentsAsync()
    {
        var documents = new List<(DocumentNumber Number, string OrderId)>();
        var ledger = Table("Invoices");
        if (!await TableExistsAsync(ledger.Name))
        {
            return documents;
        }
        await foreach (var row in ledger.QueryAsync<TableEntity>(TableClient.CreateQueryFilter($"PartitionKey ge {"series-"} and PartitionKey lt {"series."}")))
        {
            if (row.RowKey.StartsWith("invoice|", StringComparison.Ordinal) || row.RowKey.StartsWith("credit-note|", StringComparison.Ordinal))
            {
                documents.Add((DocumentNumber.Parse(row.GetString("Number")), row.GetString("OrderId")));
            }
        }
        return documents;
    }

    async Task<bool> TableExistsAsync(string name)
    {
        await foreach (var _ in tables.QueryAsync(t => t.Name == name))
        {
            return true;
        }
        return false;
    }
}
