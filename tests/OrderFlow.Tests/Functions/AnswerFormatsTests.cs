using Microsoft.AspNetCore.Http;
using OrderFlow.Core.Common;
using OrderFlow.Functions.Invoicing;

namespace OrderFlow.Tests.Functions;

/// <summary>One rule decides the format of a finance answer, for a document (JSON, UBL, PDF) and for a list or report (JSON, CSV).</summary>
public class AnswerFormatsTests
{
    static (AnswerFormat? Format, string? Error) Read(string? query, string? accept, AnswerFormat[] offered)
    {
        var context = new DefaultHttpContext();
        context.Request.QueryString = query is null ? QueryString.Empty : new QueryString("?" + query);
        if (accept is not null)
        {
            context.Request.Headers.Accept = accept;
        }
        var errors = new FieldErrors();
        var format = AnswerFormats.Read(context.Request, errors, offered);
        return (format, errors.IsEmpty ? null : string.Join(" ", errors.ToDictionary()["format"]));
    }

    [Theory]
    [InlineData(null, null, AnswerFormat.Json)]
    [InlineData("format=PDF", "application/xml", AnswerFormat.Pdf)]
    [InlineData(null, "application/xml;q=0.5, application/pdf", AnswerFormat.Pdf)]
    [InlineData(null, "text/xml, application/json", AnswerFormat.Xml)]
    [InlineData(null, "application/pdf;q=0, text/html", AnswerFormat.Json)]
    [InlineData(null, "text/csv", AnswerFormat.Json)]
    public void Read_Document_QueryThenAcceptByQualityAndOrderThenJson(string? query, string? accept, AnswerFormat expected) =>
        Assert.Equal((expected, (string?)null), Read(query, accept, AnswerFormats.Document));

    [Theory]
    [InlineData(null, null, AnswerFormat.Json)]
    [InlineData("format=csv", "application/json", AnswerFormat.Csv)]
    [InlineData("format=json", "text/csv", AnswerFormat.Json)]
    [InlineData(null, "text/csv; charset=utf-8", AnswerFormat.Csv)]
    [InlineData(null, "application/json;q=0.4, text/csv;q=0.9", AnswerFormat.Csv)]
    [InlineData(null, "application/pdf", AnswerFormat.Json)]
    public void Read_Table_CsvOnlyWhenAskedFor(string? query, string? accept, AnswerFormat expected) =>
        Assert.Equal((expected, (string?)null), Read(query, accept, AnswerFormats.Table));

    [Theory]
    [InlineData("format=docx", "json, xml or pdf.")]
    [InlineData("format=csv", "json, xml or pdf.")]
    [InlineData("format=", "json, xml or pdf.")]
    public void Read_DocumentFormatNotOffered_NullAndTheErrorNamesTheOffered(string query, string error) =>
        Assert.Equal(((AnswerFormat?)null, error), Read(query, null, AnswerFormats.Document));

    [Fact]
    public void Read_TableAskedForPdf_NullAndTheErrorNamesCsvAndJson() =>
        Assert.Equal(((AnswerFormat?)null, "csv or json."), Read("format=pdf", null, AnswerFormats.Table));
}
