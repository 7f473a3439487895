using System.Text.Json;
using System.Text.Json.Nodes;
using OrderFlow.Core.Common;
using OrderFlow.Core.Customers;
using OrderFlow.Core.Orders.Import;
using OrderFlow.Core.Orders.Intake;

namespace OrderFlow.Tests.Orders.Import;

/// <summary>A completed past order as an import line, to change field by field, and the customer it names.</summary>
static class ImportLines
{
    public static readonly DateTimeOffset Now = new(2026, 12, 2, 12, 0, 0, TimeSpan.Zero);

    public static readonly Customer Customer = new(CustomerId.Parse("c-1001"), "Café Morgenrot GmbH", "einkauf@morgenrot.example", null,
        new PostalAddress("Oranienstraße 12", null, "Berlin", "10999", null, "DE"));

    // 2 × 12.50 at 19 % = 25.00 + 4.75; shipping 4.90 + 0.93 tax: gross 35.58.
    public static JsonObject Completed() => JsonNode.Parse("""
        {"source":"legacy-erp","externalId":"SO-1","customerId":"c-1001","currency":"EUR","receivedAt":"2026-10-01T09:00:00Z",
         "status":"Completed","lines":[{"sku":"CUP-ESP","description":"Espresso cup","quantity":2,"unitPrice":"12.50","taxRate":"0.19"}],
         "shippingCost":"4.90",
         "stages":{"Validated":"2026-10-01T09:01:00Z","Reserved":"2026-10-01T09:02:00Z","Fulfilled":"2026-10-02T10:00:00Z",
                   "Shipped":"2026-10-02T15:00:00Z","Delivered":"2026-10-04T11:00:00Z","Completed":"2026-10-04T11:00:00Z"},
         "shipments":[{"carrier":"DHL","trackingNumber":"JD0001"}],
         "payments":[{"reference":"PAY-1","amount":"35.58","at":"2026-10-01T09:00:30Z"}],
         "invoiceNumber":"RE-2026-0117"}
        """)!.AsObject();

    public static ImportLineInput? Input(JsonObject line) => JsonSerializer.Deserialize<ImportLineInput>(line.ToJsonString(), JsonSerializerOptions.Web);

    public static (ImportedOrder? Order, FieldErrors Errors) Check(JsonObject line)
    {
        var errors = new FieldErrors();
        return (ImportLineChecks.Check(Input(line), errors), errors);
    }
}
