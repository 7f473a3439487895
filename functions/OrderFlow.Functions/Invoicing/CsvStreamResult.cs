using Microsoft.AspNetCore.Http;
using OrderFlow.Core.Invoicing;

namespace OrderFlow.Functions.Invoicing;

/// <summary>Writes documents as CSV straight into the response while they are read, so no list is held whole.</summary>
sealed class CsvStreamResult(IAsyncEnumerable<Invoice> documents) : IResult
{
    public async Task ExecuteAsync(HttpContext httpContext)
    {
        httpContext.Response.StatusCode = StatusCodes.Status200OK;
        httpContext.Response.ContentType = CsvFormat.ContentType;
        httpContext.Response.Headers.ContentDisposition = "attachment; filename=\"invoices.csv\"";
        await InvoiceCsv.WriteAsync(httpContext.Response.Body, documents, httpContext.RequestAborted);
    }
}
