using System.Globalization;
using OrderFlow.Core.Common;
using OrderFlow.Core.Customers;
using OrderFlow.Core.Orders.Intake;
using OrderFlow.Functions.Pages.Kit;

namespace OrderFlow.Functions.Pages.NewOrder;

/// <summary>
/// The new-order form as filled in. Its fields are named by the canonical order's own paths ("lines[0].sku",
/// "shippingAddress.city"), so the errors of the API's checks land beside their fields. Blank line rows are left out of
/// the order; <see cref="OnRows"/> moves the errors of the order's lines back to the rows they came from.
/// </summary>
public sealed record NewOrderForm(IReadOnlyDictionary<string, string?> Values, int Rows)
{
    public const int FirstRows = 3;
    public const int MostRows = 50;
    public const string Token = "entryToken";
    public const string CustomerField = "customerId";
    public const string AcceptWarnings = "acceptWarnings";
    public const string Paid = "paid";
    public static readonly string[] AddressParts = ["line1", "line2", "city", "postalCode", "region", "country"];
    static readonly string[] LineParts = ["sku", "quantity", "unitPrice", "priceOverrideReason"];

    public string? this[string name] => Values.GetValueOrDefault(name);

    public static string Line(int row, string part) => FormRows.Field("lines", row, part);

    public static string Address(string part) => $"shippingAddress.{part}";

    /// <summary>A fresh form with a one-time token (the order's external ID, so a second submit finds the first order), the customer's address filled in.</summary>
    public static NewOrderForm Blank(Customer? customer)
    {
        var values = new Dictionary<string, string?>(StringComparer.Ordinal)
        {
            [Token] = Guid.NewGuid().ToString("N"),
            ["currency"] = customer?.CreditLimit?.Currency ?? "EUR",
            ["shippingCost"] = "0.00",
            [CustomerField] = customer?.Id.Value,
        };
        var address = customer?.ShippingAddress;
        string?[] parts = [address?.Line1, address?.Line2, address?.City, address?.PostalCode, address?.Region, address?.Country];
        for (var i = 0; i < AddressParts.Length; i++)
        {
            values[Address(AddressParts[i])] = parts[i];
        }
        return new NewOrderForm(values, FirstRows);
    }

    public static NewOrderForm From(FormFields fields)
    {
        var rows = int.TryParse(fields["rows"], NumberStyles.None, CultureInfo.InvariantCulture, out var count) ? Math.Clamp(count, 1, MostRows) : FirstRows;
        return new NewOrderForm(fields.Joined().Keys.ToDictionary(k => k, k => fields[k], StringComparer.Ordinal), rows);
    }

    public NewOrderForm WithAnotherRow() => this with { Rows = Math.Min(Rows + 1, MostRows) };

    /// <summary>The order the form describes, and for each of its lines the row it came from.</summary>
    public (CanonicalOrder Order, IReadOnlyList<int> RowOf) ToOrder()
    {
        var rowOf = FormRows.Filled(name => this[name], "lines", Rows, LineParts);
        var lines = rowOf.Select(row => (CanonicalLine?)new CanonicalLine(
            this[Line(row, "sku")], Quantity(this[Line(row, "quantity")]), this[Line(row, "unitPrice")], this[Line(row, "priceOverrideReason")])).ToList();
        var address = new PostalAddress(
            this[Address("line1")], this[Address("line2")], this[Address("city")], this[Address("postalCode")], this[Address("region")], this[Address("country")]?.ToUpperInvariant());
        var order = new CanonicalOrder(
            "entry-" + this[Token], this[CustomerField], null, this["currency"], lines, address, this["shippingCost"] ?? "0", this[Paid] == CheckBox.Ticked, OrderName: this["orderName"]);
        return (order, rowOf);
    }

    /// <summary>The errors with each line's field named by its row on the form; errors of the lines as a whole go to the first row.</summary>
    public FieldErrors OnRows(FieldErrors errors, IReadOnlyList<int> rowOf)
    {
        var moved = new FieldErrors();
        var noCustomer = this[CustomerField] is null;
        if (noCustomer)
        {
            // The API's words for a missing customer speak of its JSON; the form says it in its own.
            moved.Add(CustomerField, "Choose a customer: search for them above, or type their customer ID.");
        }
        return FormRows.OnRows(errors, "lines", rowOf, Line(0, "sku"), moved, keep: field => !(noCustomer && field == CustomerField));
    }

    static int? Quantity(string? text) => int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var quantity) ? quantity : null;
}
