using System.ComponentModel;
using Microsoft.AspNetCore.Http;
using Microsoft.Azure.Functions.Worker;
using OrderFlow.Core.Orders.Import;
using OrderFlow.Functions.Http;

namespace OrderFlow.Functions.Orders;

public sealed class OrderImportFunction(OrderImport import)
{
    static readonly string[] JsonLinesTypes = ["application/x-ndjson", "application/jsonl", "application/json-lines"];

    [Function("ImportOrders")]
    [Description("Imports past orders from another system, one JSON object per line (application/x-ndjson, up to 8 MiB and 10,000 lines), "
        + "with their dates, outcome (Completed, Cancelled, Rejected), lines, parcels, payments and source invoice number. No workflow, email, stock or "
        + "invoice number of OrderFlow's. Answers counts imported, alreadyPresent and refused, each line's order ID, and a problem per refused line.")]
    public async Task<IResult> ImportAsync(
        [HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = "api/orders/import")] HttpRequest request, CancellationToken cancellationToken)
    {
        if (request.ContentType is not { } type || !JsonLinesTypes.Any(t => type.StartsWith(t, StringComparison.OrdinalIgnoreCase)))
        {
            return Problems.Status(StatusCodes.Status415UnsupportedMediaType, "The body must be JSON lines (application/x-ndjson): one order object per line.");
        }
        if (await JsonBody.RawAsync(request, OrderImport.MaxBytes, cancellationToken) is not { } raw)
        {
            return Problems.Status(StatusCodes.Status413PayloadTooLarge, $"The body is over {OrderImport.MaxBytes / 1024 / 1024} MiB: send it in parts.");
        }
        var (report, problem) = await import.ImportAsync(raw, cancellationToken);
        return report is null ? Problems.Status(StatusCodes.Status400BadRequest, problem!) : TypedResults.Ok(ImportReportView.From(report));
    }
}
