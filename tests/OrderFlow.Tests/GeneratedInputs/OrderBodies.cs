using FsCheck;
using FsCheck.Fluent;
using static OrderFlow.Tests.GeneratedInputs.Shapes;

namespace OrderFlow.Tests.GeneratedInputs;

/// <summary>Order bodies as Shopify, WooCommerce and the canonical order API take them, whole or damaged.</summary>
public static class OrderBodies
{
    static readonly BodyShape Id = Leaf(Gen.OneOf(Gen.Choose(1, int.MaxValue).Select(i => i.ToString(System.Globalization.CultureInfo.InvariantCulture)), Gen.Elements("\"PO-1\"", "\"1042\"")));
    static readonly BodyShape Sku = Text("CUP-1", "SAUCER-1", "HOOK-1", "TEE.L_2");
    static readonly BodyShape Quantity = Number("1", "2", "7", "100000");
    static readonly BodyShape PriceText = Text("24.50", "5.00", "0.00", "100", "99999.99");
    static readonly BodyShape PriceNumber = Number("24.5", "5", "0", "12.345", "99999.99");
    static readonly BodyShape Rate = Text("0.19", "0.07", "0.2000");
    static readonly BodyShape Email = Text("anna@example.test", "jürgen@example.test", "a.b+c@shop.example");
    static readonly BodyShape Currency = Text("EUR", "USD", "JPY", "KWD");
    static readonly BodyShape Name = Leaf(AnyText.Mostly("Anna", "Müller", "Łukasz", "王", "O'Brien").Select(AnyJson.JsonString));
    static readonly BodyShape Street = Leaf(AnyText.Mostly("Hauptstraße 5", "1 Main St", "Königsallee 5").Select(AnyJson.JsonString));
    static readonly BodyShape City = Text("München", "Wien", "Paris");
    static readonly BodyShape Postcode = Text("80331", "1010", "SW1A 1AA");
    static readonly BodyShape Country = Text("DE", "AT", "FR", "de", "Germany");

    public static readonly Gen<string> Shopify = Bodies(Record(
        ("id", Id),
        ("email", Email),
        ("currency", Currency),
        ("financial_status", Text("paid", "pending", "refunded")),
        ("total_price", PriceText),
        ("taxes_included", Leaf(Gen.Elements("true", "false"))),
        ("customer", Record(("first_name", Name), ("last_name", Name), ("email", Email))),
        ("line_items", ArrayOf(Record(
            ("sku", Sku), ("quantity", Quantity), ("price", PriceText),
            ("discount_allocations", ArrayOf(Record(("amount", PriceText)), 0, 2)),
            ("tax_lines", ArrayOf(Record(("price", PriceText), ("rate", Rate)), 0, 2))), 1, 3)),
        ("shipping_lines", ArrayOf(Record(("price", PriceText), ("discounted_price", PriceText), ("tax_lines", ArrayOf(Record(("price", PriceText), ("rate", Rate)), 0, 2))), 0, 2)),
        ("shipping_address", Record(
            ("name", Name), ("address1", Street), ("address2", Street), ("city", City), ("zip", Postcode), ("province_code", Text("BY", "W")), ("country_code", Country))),
        ("cancelled_at", Leaf(Gen.Elements("null", "\"2026-11-27T09:00:00Z\"")))));

    static readonly BodyShape WooTaxes = ArrayOf(Record(("id", Id), ("total", PriceText)), 0, 2);

    public static readonly Gen<string> WooCommerce = Bodies(Record(
        ("id", Id),
        ("status", Text("processing", "completed", "pending", "cancelled")),
        ("currency", Currency),
        ("date_paid", Leaf(Gen.Elements("null", "\"2026-11-27T09:00:00\""))),
        ("total", PriceText),
        ("billing", Record(("first_name", Name), ("last_name", Name), ("email", Email))),
        ("meta_data", ArrayOf(Record(("key", Text("_billing_vat_number", "_vat_number", "other")), ("value", Text("DE 123.456.789", "ATU12345678", ""))), 0, 2)),
        ("line_items", ArrayOf(Record(
            ("sku", Sku), ("quantity", Quantity), ("price", PriceNumber), ("subtotal", PriceText), ("total", PriceText), ("total_tax", PriceText), ("taxes", WooTaxes)), 1, 3)),
        ("shipping", Record(("address_1", Street), ("address_2", Street), ("city", City), ("postcode", Postcode), ("state", Text("BY")), ("country", Country))),
        ("shipping_total", PriceText),
        ("shipping_lines", ArrayOf(Record(("total", PriceText), ("total_tax", PriceText), ("taxes", WooTaxes)), 0, 2)),
        ("tax_lines", ArrayOf(Record(("rate_id", Id), ("rate_percent", Number("19", "7", "20.5"))), 0, 2))));

    /// <summary>The canonical order (the generic webhook and POST /api/orders); <paramref name="externalIds"/> names them.</summary>
    public static Gen<string> Canonical(Gen<string> externalIds) => Bodies(Record(
        ("externalId", Leaf(externalIds.Select(AnyJson.JsonString))),
        ("customer", Record(("name", Name), ("email", Email), ("vatId", Text("DE123456789", "ATU12345678", "XX")))),
        ("currency", Currency),
        ("lines", ArrayOf(Record(("sku", Sku), ("quantity", Quantity), ("unitPrice", PriceText), ("priceOverrideReason", Leaf(AnyText.Mostly("agreed discount").Select(AnyJson.JsonString)))), 1, 3)),
        ("shippingAddress", Record(("line1", Street), ("line2", Street), ("city", City), ("postalCode", Postcode), ("region", Text("BY")), ("country", Country))),
        ("shippingCost", PriceText),
        ("paid", Leaf(Gen.Elements("true", "false")))));

    /// <summary>Now and then not an order at all: any JSON, or bytes that are not JSON.</summary>
    public static Gen<byte[]> OrJunk(Gen<string> bodies) => Gen.Frequency(
        (8, bodies.Select(System.Text.Encoding.UTF8.GetBytes)),
        (1, AnyJson.Any.Select(System.Text.Encoding.UTF8.GetBytes)),
        (1, AnyBytes));

    public static readonly Gen<byte[]> AnyBytes = Gen.Sized(size => Gen.ArrayOf(Gen.Choose(0, 255).Select(b => (byte)b), Math.Max(size, 1)));
}
