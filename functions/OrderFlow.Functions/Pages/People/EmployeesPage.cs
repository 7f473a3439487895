using System.ComponentModel;
using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Http;
using Microsoft.Azure.Functions.Worker;
using OrderFlow.Core.Common;
using OrderFlow.Core.People;
using OrderFlow.Functions.Http;
using OrderFlow.Functions.Pages.Kit;

namespace OrderFlow.Functions.Pages.People;

/// <summary>
/// /people/employees: the directory a page at a time, and a CSV upload (a file chosen, else the text pasted) that goes
/// through the import of POST /api/employees/import (all or nothing), showing each bad row's problems on the page.
/// </summary>
public sealed partial class EmployeesPage(EmployeeDirectory directory, EmployeeImport import)
{
    public const string Path = "/people/employees";
    public const string CsvField = "csv";
    public const string FileField = "file";
    const string Imported = "imported";
    const int PageSize = 50;

    [Function("EmployeesPage")]
    [Description("People page: the employee directory, paged, and its CSV upload with row errors shown.")]
    public async Task<IResult> RunAsync(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", "post", Route = "people/employees")] HttpRequest request, CancellationToken cancellationToken)
    {
        if (HttpMethods.IsGet(request.Method))
        {
            return await ShowAsync(request, "", null, cancellationToken);
        }
        var (form, refusal) = await FormWithFiles.ReadAsync(request, JsonBody.MaxBytes, cancellationToken);
        if (refusal is not null)
        {
            return refusal;
        }
        // A chosen file counts over the box (without the byte order mark spreadsheets write); a refused file comes back
        // in the box, to be corrected there.
        var csv = form!.File(FileField) is { } file ? Encoding.UTF8.GetString(file).TrimStart('\uFEFF') : form.Fields[CsvField] ?? "";
        var (employees, errors) = await import.ImportAsync(Encoding.UTF8.GetBytes(csv), request.Actor(), cancellationToken);
        return errors.IsEmpty
            ? BackOfficePage.Done($"{Path}?{Imported}={employees.Count}", Imported)
            : await ShowAsync(request, csv, errors, cancellationToken, StatusCodes.Status422UnprocessableEntity);
    }

    async Task<IResult> ShowAsync(HttpRequest request, string csv, FieldErrors? rowErrors, CancellationToken cancellationToken, int status = StatusCodes.Status200OK)
    {
        var (employees, next) = await directory.PageAsync(Pager.Token(request), PageSize, cancellationToken);
        var count = int.TryParse(request.Query[Imported], NumberStyles.None, CultureInfo.InvariantCulture, out var n) ? n : 0;
        var content = new StringBuilder()
            .Append(BackOfficePage.Notice(request, new Dictionary<string, string> { [Imported] = $"{count} employee{(count == 1 ? "" : "s")} imported." }))
            .Append(DataTable.Render("Employees", ["ID", "Name", "Email", "Department", "Manager", "Time zone", "Active"], employees.Select(Row), "No employees yet."))
            .Append(Pager.Next(request, next))
            .Append(UploadForm(csv, rowErrors));
        return BackOfficePage.Show(request, "Employees", content.ToString(), status);
    }

    static string[] Row(Employee e) =>
        [HtmlPage.Encode(e.Id), HtmlPage.Encode(e.Name), HtmlPage.Encode(e.Email), HtmlPage.Encode(e.Department), HtmlPage.Encode(e.ManagerId), HtmlPage.Encode(e.TimeZone), e.Active ? "yes" : "no"];

    static string UploadForm(string csv, FieldErrors? errors)
    {
        var html = new StringBuilder("<h2 id=\"upload\">Upload a CSV file</h2>");
        if (errors is { IsEmpty: false })
        {
            html.Append(BackOfficePage.Alert("Nothing was imported: the file has the problems below. Correct them and upload it again."))
                .Append(DataTable.Render("Problems in the file", ["Row", "Field", "Problem"], RowProblems(errors)));
        }
        var refused = new FieldErrors();
        refused.Require(errors is null or { IsEmpty: true }, CsvField, "Not imported: see the problems above.");
        var chooser = Fields.Text(FileField, "CSV file", null, type: "file",
            hint: "Columns id,name,email,department,managerId,timeZone,active, with a header row; one employee per row. Any bad row refuses the whole file.",
            extra: " accept=\".csv,text/csv\"");
        var box = Fields.TextArea(CsvField, "Or paste the CSV here", csv, refused, hint: "Used when no file is chosen.");
        return html.Append(CultureInfo.InvariantCulture,
            $"<form method=\"post\" action=\"{Path}\" enctype=\"multipart/form-data\">{chooser}{box}<button type=\"submit\">Import employees</button></form>").ToString();
    }

    /// <summary>"rows[4].email" → row 4, field email; a problem of the whole file ("header", "rows") has no row.</summary>
    static IEnumerable<string[]> RowProblems(FieldErrors errors) =>
        from entry in errors.ByField
        let match = RowField().Match(entry.Field)
        from message in entry.Messages
        select new[]
        {
            match.Success ? match.Groups["row"].Value : "whole file",
            HtmlPage.Encode(match.Success ? match.Groups["field"].Value : entry.Field),
            HtmlPage.Encode(message),
        };

    [GeneratedRegex(@"^rows\[(?<row>\d+)\]\.(?<field>\w+)$")]
    private static partial Regex RowField();
}
