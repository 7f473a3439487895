using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Xml.Linq;
using OrderFlow.TestDocuments;

namespace OrderFlow.IntegrationTests.Invoicing;

/// <summary>Terms, due dates, payment instructions and buyer references on the documents the app issued, and the customer fields they come from.</summary>
[Collection(PeppolDocuments.Collection)]
public class InvoiceTermsTests(PeppolDocuments documents)
{
    static readonly XNamespace Cbc = UblDocumentTests.Cbc;
    static readonly XNamespace Cac = UblDocumentTests.Cac;

    [Fact]
    public async Task GetInvoice_OrderOfACustomerWithoutTerms_SellersTermsBuyersPoNumberAndSepaInstructions()
    {
        var invoice = documents.Generated["de-b2b-unpaid-multi-rate"];
        var expectedDue = DateOnly.FromDateTime(invoice.IssuedAt.UtcDateTime).AddDays(14).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);

        var (xml, json) = await UblDocumentTests.BothAsync(documents.Http, $"api/invoices/{invoice.Number}");
        var means = xml.Root!.Element(Cac + "PaymentMeans")!;

        Assert.Equal((expectedDue, "14 days net", "PO-PEP-1"),
            (json.GetProperty("dueDate").GetString(), json.GetProperty("paymentTerms").GetString(), json.GetProperty("buyerReference").GetString()));
        Assert.Equal((expectedDue, "14 days net", "PO-PEP-1"),
            (xml.Root.Element(Cbc + "DueDate")?.Value, xml.Root.Element(Cac + "PaymentTerms")?.Element(Cbc + "Note")?.Value, xml.Root.Element(Cbc + "BuyerReference")?.Value));
        Assert.Equal(("58", invoice.Number.Value, "DE89370400440532013000", "COBADEFFXXX"), (
            means.Element(Cbc + "PaymentMeansCode")!.Value, means.Element(Cbc + "PaymentID")!.Value,
            means.Element(Cac + "PayeeFinancialAccount")!.Element(Cbc + "ID")!.Value, means.Descendants(Cac + "FinancialInstitutionBranch").Single().Element(Cbc + "ID")!.Value));
        Assert.Equal(("9930", "DE987654321", "DE987654321"), (
            xml.Root.Element(Cac + "AccountingCustomerParty")!.Descendants(Cbc + "EndpointID").Single().Attribute("schemeID")!.Value,
            xml.Root.Element(Cac + "AccountingCustomerParty")!.Descendants(Cbc + "EndpointID").Single().Value,
            xml.Root.Element(Cac + "AccountingCustomerParty")!.Descendants(Cbc + "CompanyID").Single().Value));
    }

    [Fact]
    public async Task GetInvoiceCsv_CustomerWithOwnTerms_DueDateFromTheMonthEndInTheLastColumns()
    {
        var invoice = documents.Generated["de-b2b-own-terms-discount"];
        var issued = DateOnly.FromDateTime(invoice.IssuedAt.UtcDateTime);
        var expectedDue = new DateOnly(issued.Year, issued.Month, DateTime.DaysInMonth(issued.Year, issued.Month)).AddDays(30).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);

        var csv = await documents.Http.GetStringAsync("api/invoices?format=csv");
        var rows = csv.Split("\r\n", StringSplitOptions.RemoveEmptyEntries).Where(r => r.StartsWith(invoice.Number + ",", StringComparison.Ordinal)).ToList();
        var json = await documents.Http.GetFromJsonAsync<JsonElement>($"api/invoices/{invoice.Number}");

        Assert.Equal("dueDate,paymentTerms", string.Join(",", csv.Split("\r\n")[0].Split(',')[^2..]));
        Assert.Equal(5, rows.Count); // three lines and shipping at two rates
        Assert.All(rows, row => Assert.EndsWith($",{expectedDue},30 days net from the end of the month", row, StringComparison.Ordinal));
        Assert.Equal(expectedDue, json.GetProperty("dueDate").GetString());
    }

    [Fact]
    public async Task GetInvoice_GermanCustomer_PdfAndUblTermsInGermanJsonInEnglish()
    {
        var invoice = documents.Generated["de-b2b-own-terms-discount"];
        var due = invoice.DueDate!.Value;

        var (xml, json) = await UblDocumentTests.BothAsync(documents.Http, $"api/invoices/{invoice.Number}");
        var page = Assert.Single(PdfText.Pages(await documents.Http.GetByteArrayAsync($"api/invoices/{invoice.Number}?format=pdf")));

        const string German = "30 Tage netto ab Monatsende";
        Assert.Equal(German, xml.Root!.Element(Cac + "PaymentTerms")?.Element(Cbc + "Note")?.Value);
        Assert.Equal("30 days net from the end of the month", json.GetProperty("paymentTerms").GetString());
        Assert.Contains("Zahlungsbedingungen 30 Tage netto ab", page); // the rest wraps to the next row, read back after the buyer's lines
        Assert.Contains("Monatsende", page);
        Assert.Contains($"Fällig am {due:dd.MM.yyyy}", page);
    }

    [Fact]
    public async Task PutCustomer_EmailSchemeAndBadVatId_ProblemNamingEachField()
    {
        var response = await documents.Http.PutAsJsonAsync("api/customers/c-pep-bad", new
        {
            name = "Café Einstein GmbH", email = "einkauf@einstein.example", vatId = "987654321",
            electronicAddress = new { scheme = "EM", id = "einkauf@einstein.example" }, paymentTerms = new { netDays = 400 },
        });
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal(["electronicAddress.scheme", "paymentTerms.netDays", "vatId"], problem.GetProperty("errors").EnumerateObject().Select(e => e.Name).Order(StringComparer.Ordinal));
    }
}
