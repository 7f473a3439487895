using System.Text;

namespace OrderFlow.Tests.Orders.Channels;

/// <summary>Shopify Order webhook bodies, written for these tests after the public Order resource's field names.</summary>
static class ShopifySamples
{
    public const string Shop = "orderflow-demo.myshopify.com";

    public static byte[] Bytes(string json) => Encoding.UTF8.GetBytes(json);

    public static readonly byte[] PaidOrder = Bytes("""
        {
          "id": 5823741900123,
          "admin_graphql_api_id": "gid://shopify/Order/5823741900123",
          "name": "#1042",
          "email": "anna.mueller@example.com",
          "created_at": "2026-03-02T10:15:00+01:00",
          "currency": "EUR",
          "financial_status": "paid",
          "fulfillment_status": null,
          "total_price": "58.90",
          "subtotal_price": "54.00",
          "total_tax": "9.40",
          "taxes_included": true,
          "customer": {
            "id": 7712001,
            "email": "anna@old-address.example.com",
            "first_name": "Anna",
            "last_name": "Müller"
          },
          "line_items": [
            { "id": 14001, "title": "Espresso cup", "sku": "CUP-1", "quantity": 2, "price": "24.50", "variant_id": 4401 },
            { "id": 14002, "title": "Saucer", "sku": "SAUCER-1", "quantity": 1, "price": "5.00", "variant_id": 4402 }
          ],
          "shipping_address": {
            "first_name": "Anna",
            "last_name": "Müller",
            "name": "Anna Müller",
            "address1": "Hauptstraße 5",
            "address2": "2. OG",
            "city": "München",
            "zip": "80331",
            "province": "Bavaria",
            "province_code": "BY",
            "country": "Germany",
            "country_code": "DE"
          },
          "shipping_lines": [
            { "id": 9001, "title": "Standard", "code": "STANDARD", "price": "4.40" },
            { "id": 9002, "title": "Insurance", "code": "INSURED", "price": "0.50" }
          ]
        }
        """);

    /// <summary>An order as orders/cancelled sends it: only what the cases need.</summary>
    public static readonly byte[] CancelledOrder = Bytes("""
        { "id": 5823741900123, "financial_status": "voided", "cancelled_at": "2026-03-02T11:00:00+01:00", "cancel_reason": "customer" }
        """);

    /// <summary>A guest checkout: no customer object, no shipping lines, payment still pending.</summary>
    public static readonly byte[] GuestOrder = Bytes("""
        {
          "id": 5823741900456,
          "email": "guest@example.com",
          "currency": "EUR",
          "financial_status": "pending",
          "line_items": [ { "sku": "CUP-1", "quantity": 1, "price": "24.50" } ],
          "shipping_address": { "name": "Gast Kunde", "address1": "Ring 1", "address2": null,
                                "city": "Wien", "zip": "1010", "province": "Wien", "country_code": "AT" }
        }
        """);

    /// <summary>Fields missing or of the wrong type, as a broken integration might send them.</summary>
    public static readonly byte[] DamagedOrder = Bytes("""
        {
          "id": 5823741900789,
          "currency": 978,
          "financial_status": null,
          "customer": "Anna",
          "line_items": [
            { "title": "Espresso cup", "quantity": "2", "price": true },
            "not an item"
          ],
          "shipping_address": { "address1": "Hauptstraße 5" },
          "shipping_lines": [ { "title": "Standard" } ]
        }
        """);
}
