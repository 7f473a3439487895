using System.Globalization;
using System.Text;
using OrderFlow.Core.Common;
using OrderFlow.Core.Customers;
using OrderFlow.Functions.Pages.Kit;
using static OrderFlow.Functions.Pages.NewOrder.NewOrderForm;

namespace OrderFlow.Functions.Pages.NewOrder;

/// <summary>
/// The new-order page: a customer search (a plain GET form, so it works without script), then the order form. "Add a
/// line" posts the form back and shows it with one more row; nothing is entered until "Enter order".
/// </summary>
public static class NewOrderHtml
{
    public const string AddLine = "addLine";
    public const string Enter = "enter";

    public static string Render(NewOrderForm form, Catalogue catalogue, string? search, IReadOnlyList<Customer>? found, FieldErrors? errors, IReadOnlyList<string> warnings)
    {
        var html = new StringBuilder("<p>Enter an order a customer phoned or emailed in. It is checked as the order API checks it; problems show beside their fields.</p>");
        html.Append(CustomerSearch(search, found));
        html.Append(Fields.ErrorSummary(errors));
        html.Append(CultureInfo.InvariantCulture, $"<form method=\"post\" action=\"{NewOrderPage.Path}\" class=\"new-order\">");
        html.Append(CultureInfo.InvariantCulture, $"<input type=\"hidden\" name=\"{Token}\" value=\"{HtmlPage.Encode(form[Token])}\"><input type=\"hidden\" name=\"rows\" value=\"{form.Rows}\">");
        html.Append("<fieldset><legend>Customer</legend>")
            .Append(Fields.Text(CustomerField, "Customer ID", form[CustomerField], errors, hint: "Filled in when you choose a customer above."))
            .Append(Fields.Text("orderName", "Customer's order reference (optional)", form["orderName"], errors))
            .Append("</fieldset>");
        html.Append(Lines(form, catalogue, errors));
        html.Append("<fieldset><legend>Shipping</legend>");
        string[] labels = ["Street and number", "Address line 2 (optional)", "City", "Postal code", "Region (optional)", "Country (two letters, such as DE)"];
        for (var i = 0; i < AddressParts.Length; i++)
        {
            html.Append(Fields.Text(Address(AddressParts[i]), labels[i], form[Address(AddressParts[i])], errors));
        }
        html.Append(Fields.Text("shippingCost", "Shipping cost (net)", form["shippingCost"], errors, extra: " inputmode=\"decimal\"")).Append("</fieldset>");
        html.Append(CheckBox.Render(Paid, "Already paid (for example by card on the phone)", form[Paid] == CheckBox.Ticked, errors));
        if (warnings.Count > 0)
        {
            html.Append(CheckBox.Render(AcceptWarnings, "Enter it anyway", form[AcceptWarnings] == CheckBox.Ticked, errors));
        }
        html.Append(CultureInfo.InvariantCulture, $"<div class=\"actions\"><button type=\"submit\" name=\"action\" value=\"{Enter}\">Enter order</button></div></form>");
        return html.ToString();
    }

    static string CustomerSearch(string? search, IReadOnlyList<Customer>? found)
    {
        var html = new StringBuilder("<section aria-labelledby=\"find-customer\"><h2 id=\"find-customer\">Find the customer</h2>");
        html.Append(CultureInfo.InvariantCulture, $"<form method=\"get\" action=\"{NewOrderPage.Path}\" role=\"search\" class=\"filters\">")
            .Append(Fields.Text(NewOrderPage.SearchParameter, "Name or customer ID", search, type: "search"))
            .Append("<div class=\"field\"><button type=\"submit\">Search</button></div></form>");
        if (found is not null)
        {
            html.Append(found.Count == 0 ? "<p class=\"empty\">No customer matches.</p>" : "<ul class=\"customer-choices\">");
            foreach (var customer in found)
            {
                var place = customer.ShippingAddress?.City is { } city ? $", {city}" : "";
                html.Append(CultureInfo.InvariantCulture, $"<li>{DataTable.Link($"{NewOrderPage.Path}?{NewOrderForm.CustomerField}={Uri.EscapeDataString(customer.Id.Value)}", $"Choose {customer.Name}")} ({HtmlPage.Encode(customer.Id.Value + place)})</li>");
            }
            html.Append(found.Count == 0 ? "" : "</ul>");
        }
        return html.Append("</section>").ToString();
    }

    static string Lines(NewOrderForm form, Catalogue catalogue, FieldErrors? errors)
    {
        var currencies = catalogue.Currencies.Append(form["currency"] ?? "EUR").Distinct().Select(c => (c, c));
        var html = new StringBuilder("<fieldset><legend>Lines</legend>")
            .Append(Fields.Select("currency", "Currency", currencies, form["currency"], errors))
            .Append(catalogue.Table());
        (string, string)[] products = [("", "Choose a product"), .. catalogue.Options()];
        for (var row = 0; row < form.Rows; row++)
        {
            var number = (row + 1).ToString(CultureInfo.InvariantCulture);
            html.Append(CultureInfo.InvariantCulture, $"<fieldset class=\"line\"><legend>Line {number}</legend>")
                .Append(Fields.Select(Line(row, "sku"), "Product", products, form[Line(row, "sku")], errors))
                .Append(Fields.Text(Line(row, "quantity"), "Quantity", form[Line(row, "quantity")], errors, type: "number", extra: " min=\"1\""))
                .Append(Fields.Text(Line(row, "unitPrice"), "Unit price (optional)", form[Line(row, "unitPrice")], errors, hint: "Empty for the catalogue price.", extra: " inputmode=\"decimal\""))
                .Append(Fields.Text(Line(row, "priceOverrideReason"), "Reason for another price", form[Line(row, "priceOverrideReason")], errors))
                .Append("</fieldset>");
        }
        if (form.Rows < MostRows)
        {
            html.Append(CultureInfo.InvariantCulture, $"<button type=\"submit\" name=\"action\" value=\"{AddLine}\" class=\"secondary\" formnovalidate>Add a line</button>");
        }
        return html.Append("</fieldset>").ToString();
    }
}
