using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Xml.Linq;
using MimeKit;
using OrderFlow.IntegrationTests.Fixtures;
using OrderFlow.IntegrationTests.Orders;
using OrderFlow.TestDocuments;

namespace OrderFlow.IntegrationTests.Email;

/// <summary>
/// The invoice and credit-note emails as the mail server gets them: HTML and text, the PDF and the UBL attached. Its own
/// app, as <see cref="CreditNoteTests"/> has: invoicing on confirmation is a setting no shared collection has.
/// </summary>
public class DocumentEmailTests(InvoiceOnConfirmationApp app) : IClassFixture<InvoiceOnConfirmationApp>
{
    const string Customer = "c-docmail";
    const string Recipient = Customer + "@example.test";

    [Fact]
    public async Task InvoicedThenCancelled_InvoiceAndCreditNoteEmailedOnceEachWithHtmlTextPdfAndUbl()
    {
        await OrderApi.SeedProductAsync(app.Http, "DOC-1", onHand: 10);
        await OrderApi.SeedCustomerAsync(app.Http, Customer);
        var orderId = await OrderApi.PostAsync(app.Http, OrderApi.Order("PO-DOC-1", Customer, "DOC-1", paid: false));
        var invoiced = await OrderApi.WaitForStatusAsync(app.Http, orderId, "Invoiced");
        var invoiceNumber = invoiced.GetProperty("invoiceNumber").GetString()!;
        var invoice = await app.Http.GetFromJsonAsync<JsonElement>($"api/invoices/{invoiceNumber}");
        Assert.Equal(HttpStatusCode.Accepted, (await app.Http.PostAsJsonAsync($"api/orders/{orderId}/cancel", new { reason = "customer withdrew" })).StatusCode);
        var noteNumber = (await OrderApi.WaitForStatusAsync(app.Http, orderId, "Cancelled")).GetProperty("creditNoteNumber").GetString()!;
        await MailCatcher.WaitForAsync(Recipient, 3);
        await OutboxDrain.WaitAsync(app.Names);

        var emails = await MailCatcher.MimeMessagesToAsync(Recipient);
        var invoiceEmail = Assert.Single(emails, e => e.Subject == $"Invoice {invoiceNumber} for your order PO-DOC-1");
        var noteEmail = Assert.Single(emails, e => e.Subject == $"Credit note {noteNumber} for your order PO-DOC-1");

        var invoicePage = Assert.Single(PdfText.Pages(AssertDocumentEmail(invoiceEmail, invoiceNumber)));
        Assert.Contains($"Total {invoice.GetProperty("totals").GetProperty("gross").GetString()} EUR", invoicePage);
        Assert.Contains($"Due date {invoice.GetProperty("dueDate").GetString()}", invoicePage);
        var notePage = Assert.Single(PdfText.Pages(AssertDocumentEmail(noteEmail, noteNumber)));
        Assert.Contains($"This credit note cancels invoice {invoiceNumber} in full.", notePage);
    }

    /// <summary>
    /// multipart/mixed of the text/plain and text/html alternatives, the PDF and the UBL, both named by the number;
    /// answers the PDF.
    /// </summary>
    static byte[] AssertDocumentEmail(MimeMessage email, string number)
    {
        var mixed = Assert.IsType<Multipart>(email.Body);
        Assert.Equal("multipart/mixed", mixed.ContentType.MimeType);
        var alternative = Assert.IsType<MultipartAlternative>(mixed[0]);
        Assert.Equal(["text/plain", "text/html"], alternative.Select(p => p.ContentType.MimeType));
        Assert.Contains(number, email.TextBody, StringComparison.Ordinal);
        Assert.Contains(number, email.HtmlBody, StringComparison.Ordinal);
        var files = email.Attachments.OfType<MimePart>().ToDictionary(a => a.FileName ?? "", a => a);
        Assert.Equal([$"{number}.pdf", $"{number}.xml"], files.Keys.Order());
        Assert.Equal(("application/pdf", "application/xml"), (files[$"{number}.pdf"].ContentType.MimeType, files[$"{number}.xml"].ContentType.MimeType));
        var ubl = XDocument.Load(Content(files[$"{number}.xml"]));
        Assert.Equal(number, ubl.Root!.Element(XName.Get("ID", "urn:oasis:names:specification:ubl:schema:xsd:CommonBasicComponents-2"))!.Value);
        return Content(files[$"{number}.pdf"]).ToArray();
    }

    static MemoryStream Content(MimePart part)
    {
        var buffer = new MemoryStream();
        part.Content!.DecodeTo(buffer);
        buffer.Position = 0;
        return buffer;
    }
}
