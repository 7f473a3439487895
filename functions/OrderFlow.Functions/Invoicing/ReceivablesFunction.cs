using System.ComponentModel;
using System.Globalization;
using Microsoft.AspNetCore.Http;
using Microsoft.Azure.Functions.Worker;
using OrderFlow.Core.Common;
using OrderFlow.Core.Invoicing;
using OrderFlow.Functions.Http;

namespace OrderFlow.Functions.Invoicing;

public sealed class ReceivablesFunction(ReceivablesAging aging, TimeProvider time)
{
    [Function("ReceivablesAgingReport")]
    [Description("Open invoice amounts per customer and currency by days past due (not yet due, 1-30, 31-60, 61-90, over 90) as of today (UTC); "
        + "Accept: text/csv or format=csv answers CSV.")]
    public async Task<IResult> RunAsync(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "api/reports/receivables")] HttpRequest request, CancellationToken cancellationToken)
    {
        var errors = new FieldErrors();
        var csv = AnswerFormats.Read(request, errors, AnswerFormats.Table) == AnswerFormat.Csv;
        if (!errors.IsEmpty)
        {
            return Problems.Validation(errors);
        }
        var report = await aging.ReportAsync(DateOnly.FromDateTime(time.GetUtcNow().UtcDateTime), cancellationToken);
        return csv
            ? CsvFormat.Download("receivables-" + report.AsOf.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) + ".csv", (body, cancel) => ReceivablesCsv.WriteAsync(body, report, cancel))
            : TypedResults.Ok(ReceivablesView.From(report));
    }
}
