using System.Text;

namespace OrderFlow.Tests.Orders.Channels;

/// <summary>WooCommerce order webhook bodies, written for these tests after the public REST API order's field names.</summary>
static class WooCommerceSamples
{
    public const string Source = "https://kaffee-laden.example.com/";
    public const string Shop = "https://kaffee-laden.example.com";

    public static byte[] Bytes(string json) => Encoding.UTF8.GetBytes(json);

    public static readonly byte[] ProcessingOrder = Bytes("""
        {
          "id": 727,
          "parent_id": 0,
          "number": "727",
          "status": "processing",
          "currency": "EUR",
          "date_created": "2026-03-02T10:15:00",
          "date_paid": "2026-03-02T10:16:12",
          "discount_total": "0.00",
          "shipping_total": "4.90",
          "total": "58.90",
          "customer_id": 0,
          "billing": {
            "first_name": "Jürgen", "last_name": "Weiß", "company": "",
            "address_1": "Lindenallee 12", "address_2": "", "city": "Köln", "state": "NW",
            "postcode": "50667", "country": "DE", "email": "j.weiss@example.com", "phone": ""
          },
          "shipping": {
            "first_name": "Jürgen", "last_name": "Weiß", "company": "",
            "address_1": "Lindenallee 12", "address_2": "Hinterhaus", "city": "Köln", "state": "NW",
            "postcode": "50667", "country": "DE"
          },
          "payment_method": "stripe",
          "line_items": [
            { "id": 315, "name": "Espresso cup", "product_id": 93, "variation_id": 0, "quantity": 2,
              "sku": "CUP-1", "price": 24.5, "subtotal": "49.00", "total": "49.00" },
            { "id": 316, "name": "Saucer", "product_id": 94, "variation_id": 0, "quantity": 1,
              "sku": "SAUCER-1", "price": 5, "subtotal": "5.00", "total": "5.00" }
          ],
          "shipping_lines": [ { "id": 317, "method_title": "Flat rate", "total": "4.90" } ]
        }
        """);

    /// <summary>An order as order.updated sends it: only what the cases below need.</summary>
    public static byte[] Update(string status, string? datePaid) => Bytes($$"""
        { "id": 727, "status": "{{status}}", "date_paid": {{(datePaid is null ? "null" : $"\"{datePaid}\"")}}, "total": "58.90" }
        """);

    /// <summary>Fields missing or of the wrong type, as a broken integration might send them.</summary>
    public static readonly byte[] DamagedOrder = Bytes("""
        {
          "id": 728,
          "status": "pending",
          "date_paid": null,
          "billing": [],
          "shipping": { "address_1": "Lindenallee 12", "postcode": 50667 },
          "shipping_total": null,
          "line_items": [ { "name": "Espresso cup", "quantity": 1.5, "price": "n/a" } ]
        }
        """);

    /// <summary>
    /// A 10 % coupon (herbst10) on both lines: 49.00 → 44.10 and 5.00 → 4.50 net, tax 8.38 and 0.86; shipping 4.90 with
    /// 0.93 tax; total 44.10 + 4.50 + 4.90 + 10.17 = 63.67. Line and shipping amounts exclude tax, as in the REST API.
    /// </summary>
    public static readonly byte[] CouponOrder = Bytes("""
        {
          "id": 731, "status": "processing", "currency": "EUR", "prices_include_tax": false,
          "date_paid": "2026-03-02T10:16:12",
          "discount_total": "5.40", "discount_tax": "1.03", "shipping_total": "4.90", "shipping_tax": "0.93",
          "cart_tax": "9.24", "total_tax": "10.17", "total": "63.67",
          "billing": { "first_name": "Jürgen", "last_name": "Weiß", "email": "j.weiss@example.com" },
          "shipping": { "address_1": "Lindenallee 12", "city": "Köln", "postcode": "50667", "country": "DE" },
          "line_items": [
            { "id": 401, "sku": "CUP-1", "quantity": 2, "price": 22.05, "subtotal": "49.00", "subtotal_tax": "9.31",
              "total": "44.10", "total_tax": "8.38", "taxes": [ { "id": 1, "total": "8.379", "subtotal": "9.31" } ] },
            { "id": 402, "sku": "SAUCER-1", "quantity": 1, "price": 4.5, "subtotal": "5.00", "subtotal_tax": "0.95",
              "total": "4.50", "total_tax": "0.86", "taxes": [ { "id": 1, "total": "0.855", "subtotal": "0.95" } ] }
          ],
          "tax_lines": [ { "id": 990, "rate_code": "DE-MWST-1", "rate_id": 1, "label": "MwSt", "compound": false,
                           "tax_total": "9.24", "shipping_tax_total": "0.93", "rate_percent": 19 } ],
          "shipping_lines": [ { "id": 403, "method_title": "Flat rate", "total": "4.90", "total_tax": "0.93",
                                "taxes": [ { "id": 1, "total": "0.931", "subtotal": "" } ] } ],
          "coupon_lines": [ { "id": 404, "code": "herbst10", "discount": "5.40", "discount_tax": "1.03" } ]
        }
        """);
}
