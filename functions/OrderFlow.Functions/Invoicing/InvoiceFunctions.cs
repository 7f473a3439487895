using System.ComponentModel;
using Microsoft.AspNetCore.Http;
using Microsoft.Azure.Functions.Worker;
using OrderFlow.Core.Common;
using OrderFlow.Core.Invoicing;
using OrderFlow.Core.Invoicing.Pdf;
using OrderFlow.Core.Invoicing.Ubl;
using OrderFlow.Functions.Http;

namespace OrderFlow.Functions.Invoicing;

/// <summary>What finance pulls: the invoice list (JSON or CSV), one invoice or credit note (JSON, UBL 2.1 or PDF).</summary>
public sealed class InvoiceFunctions(InvoiceLedger ledger, InvoiceList list, UblWriter ubl, InvoicePdf pdf, TimeProvider time)
{
    [Function("ListInvoices")]
    [Description("Invoices and credit notes by issue time (from inclusive, to exclusive, ISO 8601), status (or Unpaid, or Overdue as of "
        + "today, UTC, which overdueAsOf states) and customer, paged with continuationToken; Accept: text/csv or format=csv streams every match as CSV.")]
    public async Task<IResult> ListAsync(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "api/invoices")] HttpRequest request, CancellationToken cancellationToken)
    {
        var errors = new FieldErrors();
        var today = DateOnly.FromDateTime(time.GetUtcNow().UtcDateTime);
        if (InvoiceListRequest.Read(request, today, errors) is not { } read)
        {
            return Problems.Validation(errors);
        }
        if (read.Csv)
        {
            var batch = request.Query.ContainsKey("pageSize") ? read.PageSize : InvoiceList.MaxPageSize;
            // Rows are written while documents are read, so no list is held whole.
            return CsvFormat.Download("invoices.csv", (body, cancel) => InvoiceCsv.WriteAsync(body, list.StreamAsync(read.Query, batch, read.After, cancel), cancel));
        }
        var page = await list.PageAsync(read.Query, read.PageSize, read.After, cancellationToken);
        var overdueAsOf = read.Query.Status == StatusFilter.Overdue ? today : (DateOnly?)null;
        return TypedResults.Ok(new { items = page.Items.Select(InvoiceView.From), continuationToken = page.Next?.ToToken(), overdueAsOf });
    }

    [Function("GetInvoice")]
    [Description("One invoice as JSON, with Accept: application/xml (or format=xml) as a UBL 2.1 Invoice (Peppol BIS Billing 3.0), "
        + "with Accept: application/pdf (or format=pdf) as its PDF.")]
    public Task<IResult> GetInvoiceAsync(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "api/invoices/{number}")] HttpRequest request, string number, CancellationToken cancellationToken) =>
        DocumentAsync(request, number, DocumentType.Invoice, "The invoice", cancellationToken);

    [Function("GetCreditNote")]
    [Description("One credit note as JSON, with Accept: application/xml (or format=xml) as a UBL 2.1 CreditNote (type 381) referencing its "
        + "invoice, with Accept: application/pdf (or format=pdf) as its PDF.")]
    public Task<IResult> GetCreditNoteAsync(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "api/credit-notes/{number}")] HttpRequest request, string number, CancellationToken cancellationToken) =>
        DocumentAsync(request, number, DocumentType.CreditNote, "The credit note", cancellationToken);

    /// <summary>Any number that is not a stored document of this route's type answers the same 404, whatever the reason.</summary>
    async Task<IResult> DocumentAsync(HttpRequest request, string number, DocumentType type, string what, CancellationToken cancellationToken)
    {
        var errors = new FieldErrors();
        if (AnswerFormats.Read(request, errors, AnswerFormats.Document) is not { } format)
        {
            return Problems.Validation(errors);
        }
        if (!DocumentNumber.TryParse(number, out var parsed) || parsed.Type != type || await ledger.FindAsync(parsed, cancellationToken) is not { } document)
        {
            return Problems.NotFound(what);
        }
        return format switch
        {
            AnswerFormat.Xml => TypedResults.Bytes(ubl.Write(document), "application/xml; charset=utf-8"),
            AnswerFormat.Pdf => TypedResults.Bytes(pdf.Write(document), InvoicePdf.ContentType, $"{document.Number}.pdf"),
            _ => TypedResults.Ok(InvoiceView.From(document)),
        };
    }
}
