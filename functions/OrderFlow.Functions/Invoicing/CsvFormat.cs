using Microsoft.AspNetCore.Http;

namespace OrderFlow.Functions.Invoicing;

/// <summary>CSV as finance downloads it, the same on every list and report (<see cref="AnswerFormats"/> decides when).</summary>
static class CsvFormat
{
    const string ContentType = "text/csv; charset=utf-8; header=present";

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
