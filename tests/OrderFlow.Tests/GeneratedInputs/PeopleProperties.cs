using System.Text.RegularExpressions;
using FsCheck;
using FsCheck.Fluent;
using OrderFlow.Core.Common;
using OrderFlow.Core.People;

namespace OrderFlow.Tests.GeneratedInputs;

/// <summary>Employee import files, read and checked as the import does before it writes.</summary>
public static partial class PeopleProperties
{
    /// <summary>A well-formed file holds exactly its employees, whatever its quoting, line ends and BOM.</summary>
    public static Property WellFormedFiles() => Prop.ForAll(EmployeeFiles.WellFormed.ToArbitrary(), input =>
    {
        var errors = new FieldErrors();
        var employees = EmployeeCsv.Check(EmployeeCsv.Read(input.File, errors), new HashSet<string>(), errors);
        Expect.That(errors.IsEmpty, $"no problems, found [{string.Join("; ", errors.ToDictionary().Select(e => $"{e.Key}: {string.Join(" ", e.Value)}"))}]");
        Expect.That(employees.SequenceEqual(input.Staff), $"read [{string.Join("; ", employees)}]");
    });

    /// <summary>Any file is read without an exception, and each problem names the header, the rows or a row's column.</summary>
    public static Property AnyFile() => Prop.ForAll(EmployeeFiles.Any.ToArbitrary(), file =>
    {
        var errors = new FieldErrors();
        EmployeeCsv.Check(EmployeeCsv.Read(file, errors), new HashSet<string>(), errors);
        var unnamed = errors.ToDictionary().Keys.Where(k => !ErrorField().IsMatch(k)).ToList();
        Expect.That(unnamed.Count == 0, $"problems under [{string.Join(", ", unnamed)}]");
    });

    [GeneratedRegex(@"^(header|rows|rows\[([2-9]|[1-9][0-9]+)\]\.(id|name|email|department|managerId|timeZone|active))$")]
    private static partial Regex ErrorField();
}
