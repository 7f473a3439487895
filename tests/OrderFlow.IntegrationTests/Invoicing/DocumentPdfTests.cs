using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using OrderFlow.Core.Orders;
using OrderFlow.IntegrationTests.Fixtures;
using OrderFlow.TestDocuments;

namespace OrderFlow.IntegrationTests.Invoicing;

/// <summary>Invoices and credit notes as PDF over HTTP, by Accept header or format query.</summary>
[Collection(SharedApps.Finance)]
public class DocumentPdfTests(FinanceApp app)
{
    static readonly DateTimeOffset Issued = new(2026, 2, 20, 9, 0, 0, TimeSpan.Zero);

    [Fact]
    public async Task GetInvoice_AcceptPdf_ReadsBackNumberTotalAndDueDateOfTheJson()
    {
        var invoice = await (await app.LedgerAsync()).IssueAsync("o-pdf-1", Issued);
        var json = await app.Http.GetFromJsonAsync<JsonElement>($"api/invoices/{invoice.Number}");

        var page = Assert.Single(PdfText.Pages(await PdfAsync($"api/invoices/{invoice.Number}", "application/xml;q=0.5, application/pdf")));

        Assert.Contains($"Invoice number {invoice.Number}", page);
        Assert.Contains($"Total {json.GetProperty("totals").GetProperty("gross").GetString()} EUR", page);
        Assert.Contains($"Due date {json.GetProperty("dueDate").GetString()}", page);
        Assert.Contains($"Payment reference: {invoice.Number}", page);
    }

    [Fact]
    public async Task GetCreditNote_FormatPdf_ReadsBackTheCreditNoteAndItsInvoice()
    {
        var ledger = await app.LedgerAsync();
        var invoice = await ledger.IssueAsync("o-pdf-2", Issued);
        var note = (await ledger.IssueCreditNoteAsync(OrderId.Parse("o-pdf-2"), "Returned.", Issued.AddDays(3), CancellationToken.None))!;

        var json = await app.Http.GetFromJsonAsync<JsonElement>($"api/credit-notes/{note.Number}");

        var page = Assert.Single(PdfText.Pages(await PdfAsync($"api/credit-notes/{note.Number}?format=pdf", accept: null)));

        Assert.Contains($"Credit note number {note.Number}", page);
        Assert.Contains($"This credit note cancels invoice {invoice.Number} in full.", page);
        Assert.Contains($"Total credited {json.GetProperty("totals").GetProperty("gross").GetString()} EUR", page);
    }

    [Fact]
    public async Task GetInvoice_UnknownFormat_ProblemNamingFormat()
    {
        var invoice = await (await app.LedgerAsync()).IssueAsync("o-pdf-3", Issued);

        var response = await app.Http.GetAsync($"api/invoices/{invoice.Number}?format=docx");
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.True(problem.GetProperty("errors").TryGetProperty("format", out _));
    }

    async Task<byte[]> PdfAsync(string route, string? accept)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, route);
        if (accept is not null)
        {
            request.Headers.TryAddWithoutValidation("Accept", accept);
        }
        var response = await app.Http.SendAsync(request);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/pdf", response.Content.Headers.ContentType?.MediaType);
        return await response.Content.ReadAsByteArrayAsync();
    }
}
