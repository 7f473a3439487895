using System.ComponentModel;
using Microsoft.AspNetCore.Http;
using Microsoft.Azure.Functions.Worker;
using Microsoft.Extensions.Options;
using OrderFlow.Core.Invoicing;
using OrderFlow.Functions.Pages.Kit;

namespace OrderFlow.Functions.Invoicing;

/// <summary>
/// Finance's pages: the list of invoices and credit notes with filters and downloads, the open items by age, and
/// each document as a readable page in the words of its PDF.
/// </summary>
public sealed class FinancePages(InvoiceList list, InvoiceLedger ledger, ReceivablesAging aging, IOptions<SellerOptions> seller, TimeProvider time)
{
    public const string Path = "/finance";
    public const string OpenItemsPath = "/finance/open-items";
    public const string InvoicesPath = "/finance/invoices";
    public const string CreditNotesPath = "/finance/credit-notes";
    public const int PageSize = 50;

    [Function("FinancePage")]
    [Description("The finance page: invoices and credit notes by month or issue dates, customer and status, paged, with CSV and UBL downloads.")]
    public async Task<IResult> ListAsync(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "finance")] HttpRequest request, CancellationToken cancellationToken)
    {
        var filter = FinanceFilter.Read(request.Query, Today());
        var after = InvoiceListRequest.Cursor(Pager.Token(request), Pager.TokenParameter, filter.Errors);
        var page = filter.Query is { } query && filter.Errors.IsEmpty ? await list.PageAsync(query, PageSize, after, cancellationToken) : null;
        var status = page is null ? StatusCodes.Status400BadRequest : StatusCodes.Status200OK;
        return BackOfficePage.Show(request, "Finance", FinanceListView.Render(request, filter, page), status);
    }

    [Function("OpenItemsPage")]
    [Description("Open items: what each customer still owes, per currency, by days past due, as of today (UTC).")]
    public async Task<IResult> OpenItemsAsync(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "finance/open-items")] HttpRequest request, CancellationToken cancellationToken) =>
        BackOfficePage.Show(request, "Open items", OpenItemsView.Render(await aging.ReportAsync(Today(), cancellationToken)));

    [Function("InvoicePage")]
    [Description("One invoice as a readable page: seller, buyer, lines, tax, totals, due date, payment terms and payments.")]
    public Task<IResult> InvoiceAsync(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "finance/invoices/{number}")] HttpRequest request, string number, CancellationToken cancellationToken) =>
        DocumentAsync(request, number, DocumentType.Invoice, cancellationToken);

    [Function("CreditNotePage")]
    [Description("One credit note as a readable page: seller, buyer, the invoice it cancels and why, lines, tax and totals.")]
    public Task<IResult> CreditNoteAsync(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "finance/credit-notes/{number}")] HttpRequest request, string number, CancellationToken cancellationToken) =>
        DocumentAsync(request, number, DocumentType.CreditNote, cancellationToken);

    /// <summary>Any number that is not a stored document of the page's type answers the same 404 page.</summary>
    async Task<IResult> DocumentAsync(HttpRequest request, string number, DocumentType type, CancellationToken cancellationToken)
    {
        if (!DocumentNumber.TryParse(number, out var parsed) || parsed.Type != type || await ledger.FindAsync(parsed, cancellationToken) is not { } document)
        {
            var what = type == DocumentType.Invoice ? "invoice" : "credit note";
            return BackOfficePage.Show(request, $"No such {what}", DocumentPageView.NotFound(what, number), StatusCodes.Status404NotFound);
        }
        var sheet = DocumentSheet.For(document, seller.Value);
        return BackOfficePage.Show(request, $"{sheet.Title} {document.Number}", DocumentPageView.Render(document, sheet));
    }

    DateOnly Today() => DateOnly.FromDateTime(time.GetUtcNow().UtcDateTime);

    /// <summary>The page of a document, by its type.</summary>
    public static string PagePath(Invoice document) =>
        $"{(document.Type == DocumentType.Invoice ? InvoicesPath : CreditNotesPath)}/{Uri.EscapeDataString(document.Number.Value)}";

    /// <summary>The API route of a document, by its type (JSON; ?format=xml for UBL, ?format=pdf for the PDF).</summary>
    public static string ApiPath(Invoice document) =>
        $"/api/{(document.Type == DocumentType.Invoice ? "invoices" : "credit-notes")}/{Uri.EscapeDataString(document.Number.Value)}";
}
