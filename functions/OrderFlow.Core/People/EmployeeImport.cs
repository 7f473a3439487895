using OrderFlow.Core.Common;

namespace OrderFlow.Core.People;

/// <summary>
/// POST /employees/import: a CSV file (<see cref="EmployeeCsv"/>). All or nothing: every row is checked before
/// anything is written, and any problem refuses the whole file with each row's problems.
/// </summary>
public sealed class EmployeeImport(EmployeeDirectory directory)
{
    public async Task<(IReadOnlyList<Employee> Imported, FieldErrors Errors)> ImportAsync(byte[] csvUtf8, Actor by, CancellationToken cancellationToken)
    {
        var errors = new FieldErrors();
        var rows = EmployeeCsv.Read(csvUtf8, errors);
        if (rows.Count == 0)
        {
            return ([], errors);
        }
        var employees = EmployeeCsv.Check(rows, await directory.ExistingIdsAsync(cancellationToken), errors);
        if (!errors.IsEmpty)
        {
            return ([], errors);
        }
        await directory.SaveAllAsync(employees, by, cancellationToken);
        return (employees, errors);
    }
}
