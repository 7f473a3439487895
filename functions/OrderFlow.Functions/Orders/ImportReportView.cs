using Microsoft.AspNetCore.Http;
using OrderFlow.Core.Orders.Import;

namespace OrderFlow.Functions.Orders;

/// <summary>
/// The answer to POST /orders/import: the counts, every line's result and order ID, and for each refused line an
/// RFC 9457 problem naming the line and its fields.
/// </summary>
public sealed record ImportReportView(int Imported, int AlreadyPresent, int Refused, IReadOnlyList<ImportedLineView> Orders, IReadOnlyList<LineProblem> Errors)
{
    public static ImportReportView From(ImportReport report) => new(
        report.Imported,
        report.AlreadyPresent,
        report.Refused,
        [.. report.Lines.Where(l => l.OrderId is not null).Select(l => new ImportedLineView(l.Line, l.OrderId!.Value.Value, l.Result.ToString()))],
        [.. report.Lines.Where(l => l.Errors is not null).Select(l => new LineProblem(
            "https://tools.ietf.org/html/rfc9110#section-15.5.1", "The line has invalid fields.", StatusCodes.Status400BadRequest, l.Line, l.Errors!.ToDictionary()))]);
}

public sealed record ImportedLineView(int Line, string OrderId, string Result);

/// <summary>One refused line as a problem details object (RFC 9457) with the line number as an extension member.</summary>
public sealed record LineProblem(string Type, string Title, int Status, int Line, IDictionary<string, string[]> Errors);
