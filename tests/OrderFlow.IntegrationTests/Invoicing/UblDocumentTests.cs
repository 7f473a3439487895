using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using System.Xml.Linq;
using OrderFlow.Core.Common;
using OrderFlow.Core.Invoicing;
using OrderFlow.Core.Orders;
using OrderFlow.IntegrationTests.Fixtures;

namespace OrderFlow.IntegrationTests.Invoicing;

/// <summary>Invoices and credit notes as UBL 2.1 (Peppol BIS Billing 3.0): schema-valid, with the JSON's totals.</summary>
[Collection(SharedApps.Finance)]
public class UblDocumentTests(FinanceApp app)
{
    internal static readonly XNamespace Cbc = "urn:oasis:names:specification:ubl:schema:xsd:CommonBasicComponents-2";
    internal static readonly XNamespace Cac = "urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2";
    static readonly DateTimeOffset Issued = new(2026, 6, 1, 9, 30, 0, TimeSpan.Zero);

    public static TheoryData<string, string, long, int> Documents => new()
    {
        // order, currency, shipping (minor units), number of distinct tax rates
        { "o-multi-rate", "EUR", 490, 3 },
        { "o-no-shipping", "EUR", 0, 3 },
        { "o-yen", "JPY", 800, 3 },
        { "o-dinar", "KWD", 1250, 3 },
    };

    [Theory]
    [MemberData(nameof(Documents))]
    public async Task GetInvoiceXml_AnyInvoice_ValidatesWithTheJsonTotalsAndOneTaxSubtotalPerRate(string orderId, string currency, long shipping, int rates)
    {
        var invoice = await (await app.LedgerAsync()).IssueAsync(ThreeRates(orderId, currency, shipping), OrderId.Parse(orderId), Issued, CancellationToken.None);

        var (xml, json) = await BothAsync(app.Http, $"api/invoices/{invoice.Number}");

        Assert.Empty(UblSchemas.Validate(xml));
        AssertTotalsMatch(xml, json);
        var subtotals = xml.Descendants(Cac + "TaxSubtotal").ToList();
        Assert.Equal(rates, subtotals.Count);
        Assert.Equal(["19", "7", "0"], subtotals.Select(s => s.Element(Cac + "TaxCategory")!.Element(Cbc + "Percent")!.Value));
        Assert.Equal(shipping == 0 ? null : json.GetProperty("totals").GetProperty("shipping").GetString(), Total(xml, "ChargeTotalAmount"));
    }

    [Fact]
    public async Task GetInvoiceXml_DiscountedLineOfNoWholeCentUnitPriceAndTaxedShipping_PricedPerBaseQuantityAndValid()
    {
        // 3 cups at 24.50 incl. 19 % VAT made net: 61.76 before a 7.45 discount, 54.31 after (tax 10.32); 20.59 a cup
        // would make 61.77, so the price is 61.76 per 3. Shipping 4.90 incl. VAT: 4.12 net, 0.78 tax.
        const string orderId = "o-tax-inclusive";
        var invoice = await (await app.LedgerAsync()).IssueAsync(number => LedgerDrafts.Draft(orderId, Issued)(number) with
        {
            Lines = [new InvoiceLine("CUP-ESP", "Espresso cup", 3, 2059, 0.19m, 5431, 1032) { DiscountMinor = 745 }],
            ShippingMinor = 412,
            ShippingTaxes = [new TaxedAmount(0.19m, 412, 78)],
        }, OrderId.Parse(orderId), Issued, CancellationToken.None);

        var (xml, json) = await BothAsync(app.Http, $"api/invoices/{invoice.Number}");
        var line = xml.Root!.Element(Cac + "InvoiceLine")!;

        Assert.Empty(UblSchemas.Validate(xml));
        AssertTotalsMatch(xml, json);
        Assert.Equal(("61.76", "3", "7.45"), (line.Element(Cac + "Price")!.Element(Cbc + "PriceAmount")!.Value,
            line.Element(Cac + "Price")!.Element(Cbc + "BaseQuantity")?.Value, line.Element(Cac + "AllowanceCharge")!.Element(Cbc + "Amount")!.Value));
        Assert.Equal([("4.12", "19")], xml.Root.Elements(Cac + "AllowanceCharge")
            .Select(c => (c.Element(Cbc + "Amount")!.Value, c.Element(Cac + "TaxCategory")!.Element(Cbc + "Percent")!.Value)));
        Assert.Equal(("69.53", "11.10"), (json.GetProperty("totals").GetProperty("gross").GetString(), json.GetProperty("totals").GetProperty("tax").GetString()));
    }

    [Fact]
    public async Task GetInvoiceXml_Invoice_CarriesThePeppolCoreElements()
    {
        var invoice = await (await app.LedgerAsync()).IssueAsync("o-core", Issued);

        var (xml, _) = await BothAsync(app.Http, $"api/invoices/{invoice.Number}");
        var root = xml.Root!;
        var line = root.Element(Cac + "InvoiceLine")!;

        Assert.Equal("urn:cen.eu:en16931:2017#compliant#urn:fdc:peppol.eu:2017:poacc:billing:3.0", root.Element(Cbc + "CustomizationID")?.Value);
        Assert.Equal("urn:fdc:peppol.eu:2017:poacc:billing:01:1.0", root.Element(Cbc + "ProfileID")?.Value);
        // Dated no earlier than the series' last invoice, which other tests of this class may have issued today.
        Assert.Equal((invoice.Number.Value, invoice.IssuedAt.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture), "380", "EUR"), (root.Element(Cbc + "ID")?.Value, root.Element(Cbc + "IssueDate")?.Value, root.Element(Cbc + "InvoiceTypeCode")?.Value, root.Element(Cbc + "DocumentCurrencyCode")?.Value));
        Assert.Equal("OrderFlow Demo GmbH", root.Element(Cac + "AccountingSupplierParty")!.Descendants(Cbc + "RegistrationName").Single().Value);
        Assert.Equal("DE", root.Element(Cac + "AccountingSupplierParty")!.Descendants(Cac + "PostalAddress").Descendants(Cbc + "IdentificationCode").Single().Value);
        Assert.Equal("Hauptstraße 1", root.Element(Cac + "AccountingCustomerParty")!.Descendants(Cbc + "StreetName").Single().Value);
        Assert.Equal(("Espresso cup", "CUP-ESP", "12.50", "S"), (
            line.Element(Cac + "Item")!.Element(Cbc + "Name")!.Value,
            line.Descendants(Cac + "SellersItemIdentification").Single().Element(Cbc + "ID")!.Value,
            line.Element(Cac + "Price")!.Element(Cbc + "PriceAmount")!.Value,
            line.Descendants(Cac + "ClassifiedTaxCategory").Single().Element(Cbc + "ID")!.Value));
    }

    [Fact]
    public async Task GetCreditNoteXml_CreditedInvoice_ValidatesAndReferencesTheInvoice()
    {
        var ledger = await app.LedgerAsync();
        var invoice = await ledger.IssueAsync("o-credited", Issued);
        var note = (await ledger.IssueCreditNoteAsync(OrderId.Parse("o-credited"), "Cancelled by the customer.", Issued.AddDays(40), CancellationToken.None))!;

        var (xml, json) = await BothAsync(app.Http, $"api/credit-notes/{note.Number}");
        var invoiceJson = await app.Http.GetFromJsonAsync<JsonElement>($"api/invoices/{invoice.Number}");

        Assert.Empty(UblSchemas.Validate(xml));
        AssertTotalsMatch(xml, json);
        Assert.Equal("CreditNote", xml.Root!.Name.LocalName);
        Assert.Equal("381", xml.Root.Element(Cbc + "CreditNoteTypeCode")?.Value);
        Assert.Equal(invoice.Number.Value, xml.Root.Element(Cac + "BillingReference")!.Descendants(Cbc + "ID").Single().Value);
        Assert.Equal(2, xml.Root.Elements(Cac + "CreditNoteLine").Count());
        Assert.Equal(("CreditNote", invoice.Number.Value), (json.GetProperty("type").GetString(), json.GetProperty("credits").GetProperty("number").GetString()));
        Assert.Equal(("Credited", note.Number.Value), (invoiceJson.GetProperty("status").GetString(), invoiceJson.GetProperty("creditNoteNumber").GetString()));
    }

    [Fact]
    public async Task Order_PaidAtCheckout_InvoiceIsPaidNamesTheCustomerAndValidates()
    {
        await Orders.OrderApi.SeedProductAsync(app.Http, "UBL-CUP");
        (await app.Http.PutAsJsonAsync("api/customers/c-ubl", new { name = "Søren Kierkegård", email = "soren@example.test" })).EnsureSuccessStatusCode();
        var orderId = await Orders.OrderApi.PostAsync(app.Http, Orders.OrderApi.Order("PO-UBL-1", "c-ubl", "UBL-CUP"));
        var order = await Orders.OrderApi.WaitForStatusAsync(app.Http, orderId, TimeSpan.FromMinutes(2), "Completed", "Rejected", "Failed");

        var (xml, json) = await BothAsync(app.Http, $"api/invoices/{order.GetProperty("invoiceNumber").GetString()}");
        var payment = Assert.Single(json.GetProperty("payments").EnumerateArray());

        Assert.Empty(UblSchemas.Validate(xml));
        AssertTotalsMatch(xml, json);
        Assert.Equal(("Paid", "Søren Kierkegård"), (json.GetProperty("status").GetString(), json.GetProperty("customerName").GetString()));
        Assert.Equal(("checkout", json.GetProperty("totals").GetProperty("gross").GetString()), (payment.GetProperty("reference").GetString(), payment.GetProperty("amount").GetString()));
        Assert.Equal((json.GetProperty("totals").GetProperty("gross").GetString(), "0.00"), (Total(xml, "PrepaidAmount"), Total(xml, "PayableAmount")));
    }

    [Fact]
    public async Task UblSchemas_InvoiceWithoutItsId_ReportAnError()
    {
        var invoice = await (await app.LedgerAsync()).IssueAsync("o-broken", Issued);
        var (xml, _) = await BothAsync(app.Http, $"api/invoices/{invoice.Number}");

        xml.Root!.Element(Cbc + "ID")!.Remove();

        Assert.NotEmpty(UblSchemas.Validate(xml));
    }

    /// <summary>The document as UBL and as JSON.</summary>
    internal static async Task<(XDocument Xml, JsonElement Json)> BothAsync(HttpClient http, string route)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, route);
        request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("application/xml"));
        var response = await http.SendAsync(request);
        Assert.Equal("application/xml", response.Content.Headers.ContentType?.MediaType);
        var xml = XDocument.Parse(await response.Content.ReadAsStringAsync());
        return (xml, await http.GetFromJsonAsync<JsonElement>(route));
    }

    /// <summary>
    /// The UBL totals are the JSON's, and consistent among themselves: tax exclusive = lines + charges, payable =
    /// tax inclusive − prepaid, each line's net = quantity × price − its allowance.
    /// </summary>
    internal static void AssertTotalsMatch(XDocument xml, JsonElement json)
    {
        var totals = json.GetProperty("totals");
        Assert.Equal(totals.GetProperty("net").GetString(), Total(xml, "LineExtensionAmount"));
        Assert.Equal(totals.GetProperty("gross").GetString(), Total(xml, "TaxInclusiveAmount"));
        Assert.Equal(totals.GetProperty("tax").GetString(), xml.Root!.Element(Cac + "TaxTotal")!.Element(Cbc + "TaxAmount")!.Value);
        Assert.Equal(Amount(Total(xml, "LineExtensionAmount")) + Amount(Total(xml, "ChargeTotalAmount")), Amount(Total(xml, "TaxExclusiveAmount")));
        Assert.Equal(Amount(Total(xml, "TaxInclusiveAmount")) - Amount(Total(xml, "PrepaidAmount")), Amount(Total(xml, "PayableAmount")));
        Assert.All(xml.Root.Elements().Where(e => e.Name.LocalName.EndsWith("Line", StringComparison.Ordinal)), line => Assert.Equal(
            Amount(line.Elements().Single(e => e.Name.LocalName.EndsWith("Quantity", StringComparison.Ordinal)).Value)
                * Amount(line.Element(Cac + "Price")!.Element(Cbc + "PriceAmount")!.Value) / (Amount(line.Element(Cac + "Price")!.Element(Cbc + "BaseQuantity")?.Value) is > 0 and var b ? b : 1)
                - Amount(line.Element(Cac + "AllowanceCharge")?.Element(Cbc + "Amount")?.Value),
            Amount(line.Element(Cbc + "LineExtensionAmount")!.Value)));
        Assert.All(xml.Root.Descendants().Where(e => e.Attribute("currencyID") is not null), e => Assert.Equal(json.GetProperty("currency").GetString(), e.Attribute("currencyID")!.Value));
    }

    static decimal Amount(string? text) => text is null ? 0m : decimal.Parse(text, System.Globalization.CultureInfo.InvariantCulture);

    internal static string? Total(XDocument xml, string name) => xml.Root!.Element(Cac + "LegalMonetaryTotal")!.Element(Cbc + name)?.Value;

    /// <summary>Lines at 19 %, 7 % and 0 %, priced in the currency's minor units.</summary>
    static Func<DocumentNumber, Invoice> ThreeRates(string orderId, string currency, long shipping) => number => LedgerDrafts.Draft(orderId, Issued, currency: currency)(number) with
    {
        Lines =
        [
            new InvoiceLine("MUG-TALL", "Tall mug", 3, 1650, 0.19m, 4950, 941),
            new InvoiceLine("BOOK-1", "Kochbuch für Anfänger", 1, 3600, 0.07m, 3600, 252),
            new InvoiceLine("GIFT-CARD", "Gift card", 1, 2000, 0m, 2000, 0),
        ],
        ShippingMinor = shipping,
    };
}
