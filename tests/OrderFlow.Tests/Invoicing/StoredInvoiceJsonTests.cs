using System.Text.Json;
using OrderFlow.Core.Invoicing;
using OrderFlow.Core.Orders;

namespace OrderFlow.Tests.Invoicing;

/// <summary>The ledger stores documents as web JSON: their numbers and order ID stay plain strings, as they were before they were typed.</summary>
public class StoredInvoiceJsonTests
{
    static readonly JsonSerializerOptions Web = new(JsonSerializerDefaults.Web);

    static readonly DateTimeOffset Issued = new(2026, 4, 1, 12, 0, 0, TimeSpan.Zero);

    static readonly Invoice Requested = new Invoice(DocumentNumber.Parse("INV-2026-000007"), OrderId.Parse("o-7"), "c-7", Issued, "EUR", InvoiceStatus.Issued,
        [new InvoiceLine("CUP", "Cup", 2, 2500, 0.19m, 5000, 950)], 500).WithCreditRequested(Issued.AddDays(1), "Returned.");

    [Fact]
    public void Serialize_CreditedInvoice_NumbersAndOrderIdAreStrings()
    {
        var credited = Requested.WithCreditNote(DocumentNumber.Parse("CN-2026-000001"));

        var json = JsonDocument.Parse(JsonSerializer.Serialize(credited, Web)).RootElement;

        Assert.Equal(("INV-2026-000007", "o-7", "CN-2026-000001"), (
            json.GetProperty("number").GetString(), json.GetProperty("orderId").GetString(), json.GetProperty("credit").GetProperty("creditNoteNumber").GetString()));
        Assert.Equal(credited.Credit, JsonSerializer.Deserialize<Invoice>(json, Web)!.Credit);
    }

    [Fact]
    public void Serialize_CreditNote_CreditedInvoiceNumberIsAString()
    {
        var note = Requested.CreditNote(DocumentNumber.Parse("CN-2026-000001"));

        var json = JsonDocument.Parse(JsonSerializer.Serialize(note, Web)).RootElement;

        Assert.Equal(("CN-2026-000001", "INV-2026-000007"), (json.GetProperty("number").GetString(), json.GetProperty("credits").GetProperty("number").GetString()));
        Assert.Equal(note.Credits, JsonSerializer.Deserialize<Invoice>(json, Web)!.Credits);
    }
}
