using CsvHelper;
using OrderFlow.Core.Common;

namespace OrderFlow.Core.People;

/// <summary>
/// An import file read and checked without storage: a header row (id,name,email,department,managerId,timeZone,active)
/// and one employee a row. Each problem is recorded under "rows[N].field", N counting the header as row 1.
/// </summary>
public static class EmployeeCsv
{
    static readonly string[] Columns = ["id", "name", "email", "department", "managerId", "timeZone", "active"];
    static readonly string[] RequiredColumns = ["id", "name", "email", "department", "timeZone"];

    public sealed record Row(int Line, string? Id, EmployeeInput Input);

    public static List<Row> Read(byte[] csvUtf8, FieldErrors errors)
    {
        var rows = new List<Row>();
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

    /// <summary>The employees of the rows, each checked, with its manager in the file or in <paramref name="existing"/>.</summary>
    public static List<Employee> Check(IReadOnlyList<Row> rows, ISet<string> existing, FieldErrors errors)
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
        CheckManagers(rows, existing, errors);
        return employees;
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

    static Row ReadRow(int row, Func<string, string?> field, FieldErrors errors)
    {
        var active = field("active");
        bool? parsedActive = string.IsNullOrWhiteSpace(active) ? true : bool.TryParse(active, out var value) ? value : null;
        errors.Require(parsedActive is not null, $"rows[{row}].active", "Active is true or false.");
        var input = new EmployeeInput(field("name"), field("email"), field("department"), field("managerId"), field("timeZone"), parsedActive ?? true);
        return new Row(row, field("id"), input);
    }

    /// <summary>A manager is someone in the file or already in the directory.</summary>
    static void CheckManagers(IReadOnlyList<Row> rows, ISet<string> existing, FieldErrors errors)
    {
        var known = new HashSet<string>(existing.Concat(rows.Select(r => r.Id ?? "")), StringComparer.Ordinal);
        foreach (var (row, _, input) in rows)
        {
            var managerId = input.ManagerId?.Trim();
            errors.Require(string.IsNullOrEmpty(managerId) || known.Contains(managerId), $"rows[{row}].managerId", $"No employee '{managerId}' is in the file or the directory.");
        }
    }
}
