using System.Globalization;
using System.Text;
using OrderFlow.Core.Common;
using OrderFlow.Core.Products;
using OrderFlow.Functions.Pages.Kit;

namespace OrderFlow.Functions.Pages.Products;

/// <summary>
/// A product as its form holds it: named by the fields of PUT /api/products/{sku} ("name", "taxRate",
/// "prices[0].amount"), so ProductInput's errors land beside their fields. One blank price row more than the product
/// has lets a person add a currency; blank rows are left out.
/// </summary>
public sealed record ProductForm(IReadOnlyDictionary<string, string?> Values, int PriceRows)
{
    public const string Sku = "sku";
    public const string Active = "active";

    /// <summary>The most a posted product form may hold: a name, a tax rate and a few price rows.</summary>
    public const int MaxBytes = 8 * 1024;
    static readonly string[] PriceParts = ["currency", "amount"];

    public string? this[string name] => Values.GetValueOrDefault(name);

    public static string Price(int row, string part) => FormRows.Field("prices", row, part);

    public static ProductForm Of(Product? product)
    {
        var values = new Dictionary<string, string?>(StringComparer.Ordinal)
        {
            [Sku] = product?.Sku.Value,
            ["name"] = product?.Name,
            [Active] = product is null || product.Active ? CheckBox.Ticked : null,
            ["taxRate"] = product?.TaxRate.ToString(CultureInfo.InvariantCulture) ?? "0.19",
        };
        var prices = product?.PricesMinor.OrderBy(p => p.Key, StringComparer.Ordinal).ToList() ?? [];
        for (var row = 0; row < prices.Count; row++)
        {
            values[Price(row, "currency")] = prices[row].Key;
            values[Price(row, "amount")] = new Money(prices[row].Value, Currency.Parse(prices[row].Key)).ToDecimalString();
        }
        return new ProductForm(values, prices.Count + 1);
    }

    public static ProductForm From(FormFields fields)
    {
        var rows = int.TryParse(fields["priceRows"], NumberStyles.None, CultureInfo.InvariantCulture, out var count) ? Math.Clamp(count, 1, 20) : 1;
        return new ProductForm(fields.Joined().Keys.ToDictionary(k => k, k => fields[k], StringComparer.Ordinal), rows);
    }

    /// <summary>The product the form describes, checked as PUT /api/products/{sku} checks it; errors by the form's fields.</summary>
    public (Product? Product, FieldErrors Errors) Read(string sku)
    {
        var rowOf = FormRows.Filled(name => this[name], "prices", PriceRows, PriceParts);
        var input = new ProductInput(this["name"], this[Active] == CheckBox.Ticked, this["taxRate"],
            [.. rowOf.Select(row => (MoneyDto?)new MoneyDto(this[Price(row, "currency")]?.ToUpperInvariant() ?? "", this[Price(row, "amount")] ?? ""))]);
        var errors = new FieldErrors();
        var product = input.Validate(sku, errors);
        return (product, FormRows.OnRows(errors, "prices", rowOf, Price(0, "amount")));
    }

    /// <summary>The form's fields (the SKU too when <paramref name="newProduct"/>), posting to <paramref name="action"/>.</summary>
    public string Render(string action, string button, bool newProduct, FieldErrors? errors)
    {
        var html = new StringBuilder(Fields.ErrorSummary(errors))
            .Append(CultureInfo.InvariantCulture, $"<form method=\"post\" action=\"{HtmlPage.Encode(action)}\" class=\"product-form\"><input type=\"hidden\" name=\"priceRows\" value=\"{PriceRows}\">");
        if (newProduct)
        {
            html.Append(Fields.Text(Sku, "SKU", this[Sku], errors, hint: "Letters, digits, '.', '_' or '-'; it cannot change later."));
        }
        html.Append(Fields.Text("name", "Name", this["name"], errors))
            .Append(Fields.Text("taxRate", "Tax rate", this["taxRate"], errors, hint: "A fraction: 0.19 for 19 %.", extra: " inputmode=\"decimal\""))
            .Append(CheckBox.Render(Active, "Active (can be ordered)", this[Active] == CheckBox.Ticked, errors))
            .Append("<fieldset><legend>Prices</legend>");
        for (var row = 0; row < PriceRows; row++)
        {
            var number = (row + 1).ToString(CultureInfo.InvariantCulture);
            html.Append("<div class=\"filters\">")
                .Append(Fields.Text(Price(row, "currency"), $"Currency {number}", this[Price(row, "currency")], errors, extra: " maxlength=\"3\" size=\"4\""))
                .Append(Fields.Text(Price(row, "amount"), $"Price {number}", this[Price(row, "amount")], errors, extra: " inputmode=\"decimal\""))
                .Append("</div>");
        }
        return html.Append(CultureInfo.InvariantCulture, $"<p class=\"hint\">Leave a row empty to add no price in it.</p></fieldset><button type=\"submit\">{HtmlPage.Encode(button)}</button></form>").ToString();
    }
}
