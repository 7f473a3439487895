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

    /// <summary>
    /// A tax-inclusive EUR order with a 10 % sale on the cups (4.90) and the code WELCOME5 (5.00) allocated across both
    /// lines (4.08 and 0.92): the shop charged 40.02 + 4.08 + 4.90 shipping = 49.00, tax 6.39 + 0.65 + 0.78 = 7.82.
    /// </summary>
    public static readonly byte[] DiscountedTaxInclusiveOrder = Bytes("""
        {
          "id": 5823741900999,
          "email": "anna.mueller@example.com",
          "currency": "EUR",
          "financial_status": "paid",
          "taxes_included": true,
          "total_price": "49.00",
          "subtotal_price": "44.10",
          "total_discounts": "9.90",
          "total_tax": "7.82",
          "discount_codes": [ { "code": "WELCOME5", "amount": "5.00", "type": "fixed_amount" } ],
          "discount_applications": [
            { "type": "automatic", "title": "Sale", "value": "10.0", "value_type": "percentage",
              "allocation_method": "across", "target_selection": "entitled", "target_type": "line_item" },
            { "type": "discount_code", "code": "WELCOME5", "value": "5.00", "value_type": "fixed_amount",
              "allocation_method": "across", "target_selection": "all", "target_type": "line_item" }
          ],
          "line_items": [
            { "sku": "CUP-1", "quantity": 2, "price": "24.50",
              "discount_allocations": [ { "amount": "4.90", "discount_application_index": 0 },
                                        { "amount": "4.08", "discount_application_index": 1 } ],
              "tax_lines": [ { "title": "MwSt", "price": "6.39", "rate": 0.19 } ] },
            { "sku": "SAUCER-1", "quantity": 1, "price": "5.00",
              "discount_allocations": [ { "amount": "0.92", "discount_application_index": 1 } ],
              "tax_lines": [ { "title": "MwSt", "price": "0.65", "rate": 0.19 } ] }
          ],
          "shipping_address": { "name": "Anna Müller", "address1": "Hauptstraße 5", "city": "München", "zip": "80331", "country_code": "DE" },
          "shipping_lines": [
            { "title": "Standard", "price": "5.90", "discounted_price": "4.90",
              "tax_lines": [ { "title": "MwSt", "price": "0.78", "rate": 0.19 } ] }
          ]
        }
        """);
}
