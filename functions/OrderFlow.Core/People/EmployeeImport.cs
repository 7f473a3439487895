using CsvHelper;
using OrderFlow.Core.Common;

namespace OrderFlow.Core.People;

/// <summary>
/// POST /employees/import: a CSV file with a header row (id,name,email,department,managerId,timeZone,active).
/// All or nothing: every row is checked before anything is written, and any problem refuses the whole file with
/// each row's problems under "rows[N].field", N counting the header as row 1.
/// </summary>
public sealed class EmployeeImport(EmployeeDirectory directory)
{
    static readonly string[] Columns = ["id", "name", "email", "department", "managerId", "timeZone", "active"];
    static readonly string[] RequiredColumns = ["id", "name", "email", "department", "timeZone"];

    public async Task<(IReadOnlyList<Employee> Imported, FieldErrors Errors)> ImportAsync(byte[] csvUtf8, CancellationToken cancellationToken)
    {
        var errors = new FieldErrors();
        var rows = Parse(csvUtf8, errors);
        if (rows.Count == 0)
        {
            return ([], errors);
        }
        var employees = Validate(rows, errors);
        CheckManagers(rows, await directory.ExistingIdsAsync(cancellationToken), errors);
        if (!errors.IsEmpty)
        {
            return ([], errors);
        }
        await directory.SaveAllAsync(employees, cancellationToken);
        return (employees, errors);
    }

    static List<(int Row, string? Id, EmployeeInput Input)> Parse(byte[] csvUtf8, FieldErrors errors)
    {
        var rows = new List<(int, string?, EmployeeInput)>();
        using var csv = CsvReader.Create(csvUtf8, new CsvReaderOptions { Separator = ',', HasHeader = true, TrimWhitespace = true, TrackLineNumbers = true });
        try
        {
            var columns = ColumnsOf(csv, errors);
            while (columns is not null && csv.Read())
            {
                string? Field(string name) => columns.TryGetValue(name, out var index) ? csv.GetString(index) : null;
                rows.Add(ReadRow(checked((int)csv.LineNumber), Field, errors));
            }
        }
        catch (CsvFormatException ex)
        {
            errors.Add("rows", $"The file is not valid CSV: {ex.Message}");
        }
        errors.Require(!errors.IsEmpty || rows.Count > 0, "rows", "The file has no employees under its header.");
        return rows;
    }

    /// <summary>Column name (as in <see cref="Columns"/>) → index; null when the header lacks a required one.</summary>
    static Dictionary<string, int>? ColumnsOf(CsvReader csv, FieldErrors errors)
    {
        csv.ReadHeader();
        var columns = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var name in Columns)
        {
            if (csv.TryGetFieldIndex(name, out var index))
            {
                columns[name] = index;
            }
        }
        foreach (var missing in RequiredColumns.Where(c => !columns.ContainsKey(c)))
        {
            errors.Add("header", $"The header row has no '{missing}' column.");
        }
        return errors.IsEmpty ? columns : null;
    }

    static (int Row, string? Id, EmployeeInput Input) ReadRow(int row, Func<string, string?> field, FieldErrors errors)
    {
        var active = field("active");
        bool? parsedActive = string.IsNullOrWhiteSpace(active) ? true : bool.TryParse(active, out var value) ? value : null;
        errors.Require(parsedActive is not null, $"rows[{row}].active", "Active is true or false.");
        var input = new EmployeeInput(field("name"), field("email"), field("department"), field("managerId"), field("timeZone"), parsedActive ?? true);
        return (row, field("id"), input);
    }

    static List<Employee> Validate(List<(int Row, string? Id, EmployeeInput Input)> rows, FieldErrors errors)
    {
        var employees = new List<Employee>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (row, id, input) in rows)
        {
            if (id is not null && !seen.Add(id))
            {
                errors.Add($"rows[{row}].id", $"The ID '{id}' appears more than once in the file.");
            }
            if (input.Validate(id, errors, $"rows[{row}].") is { } employee)
            {
                employees.Add(employee);
            }
        }
        return employees;
    }

    /// <summary>A manager is someone in the file or already in the directory.</summary>
    static void CheckManagers(List<(int Row, string? Id, EmployeeInput Input)> rows, ISet<string> existing, FieldErrors errors)
    {
        var known = new HashSet<string>(existing.Concat(rows.Select(r => r.Id ?? "")), StringComparer.Ordinal);
        foreach (var (row, _, input) in rows)
        {
            var managerId = input.ManagerId?.Trim();
            errors.Require(string.IsNullOrEmpty(managerId) || known.Contains(managerId), $"rows[{row}].managerId", $"No employee '{managerId}' is in the file or the directory.");
        }
    }
}
