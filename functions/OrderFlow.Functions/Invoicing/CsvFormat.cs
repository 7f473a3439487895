using Microsoft.AspNetCore.Http;
using OrderFlow.Core.Common;

namespace OrderFlow.Functions.Invoicing;

/// <summary>How finance asks for CSV instead of JSON, the same on every list and report.</summary>
static class CsvFormat
{
    const string ContentType = "text/csv; charset=utf-8; header=present";

    /// <summary>format=csv or format=json decides; without it, an Accept header naming text/csv asks for CSV.</summary>
    public static bool IsWanted(HttpRequest request, FieldErrors errors) => request.Query["format"].FirstOrDefault() switch
    {
        null => request.Headers.Accept.Any(a => a?.Contains("text/csv", StringComparison.OrdinalIgnoreCase) == true),
        var format when format.Equals("csv", StringComparison.OrdinalIgnoreCase) => true,
        var format when format.Equals("json", StringComparison.OrdinalIgnoreCase) => false,
        _ => !errors.Require(false, "format", "csv or json."),
    };

    /// <summary>A download named <paramref name="fileName"/> that <paramref name="write"/> writes straight into the response.</summary>
    public static IResult Download(string fileName, Func<Stream, CancellationToken, Task> write) => new CsvDownload(fileName, write);

    sealed class CsvDownload(string fileName, Func<Stream, CancellationToken, Task> write) : IResult
    {
        public async Task ExecuteAsync(HttpContext httpContext)
        {
            httpContext.Response.StatusCode = StatusCodes.Status200OK;
            httpContext.Response.ContentType = ContentType;
            httpContext.Response.Headers.ContentDisposition = $"attachment; filename=\"{fileName}\"";
            await write(httpContext.Response.Body, httpContext.RequestAborted);
        }
    }
}
