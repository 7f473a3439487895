using System.Globalization;
using System.Text.RegularExpressions;
using OrderFlow.Core.Common;

namespace OrderFlow.Functions.Pages.Kit;

/// <summary>
/// A list entered as rows of a form ("lines[0].sku", "lines[1].sku", ...), where blank rows are left out of the list:
/// which rows hold something, and the list's errors moved back to the rows they came from.
/// </summary>
public static class FormRows
{
    /// <summary>The rows from 0 to <paramref name="count"/> in which any of <paramref name="parts"/> is filled.</summary>
    public static IReadOnlyList<int> Filled(Func<string, string?> value, string list, int count, IReadOnlyList<string> parts) =>
        [.. Enumerable.Range(0, count).Where(row => parts.Any(part => value(Field(list, row, part)) is not null))];

    public static string Field(string list, int row, string part) => string.Create(CultureInfo.InvariantCulture, $"{list}[{row}].{part}");

    /// <summary>
    /// The errors with "list[i]" renamed to "list[rowOf[i]]"; an error on the list as a whole goes to <paramref name="wholeList"/>,
    /// a field of its first row, so it shows beside a control. Added to <paramref name="into"/> when given; fields
    /// <paramref name="keep"/> refuses are left out.
    /// </summary>
    public static FieldErrors OnRows(FieldErrors errors, string list, IReadOnlyList<int> rowOf, string wholeList, FieldErrors? into = null, Func<string, bool>? keep = null)
    {
        var moved = into ?? new FieldErrors();
        var index = new Regex($@"^{Regex.Escape(list)}\[(\d+)\]", RegexOptions.None, TimeSpan.FromSeconds(1));
        foreach (var (field, messages) in errors.ByField.Where(e => keep?.Invoke(e.Field) != false))
        {
            var onRow = field == list ? wholeList : index.Replace(field, m => $"{list}[{rowOf[int.Parse(m.Groups[1].Value, CultureInfo.InvariantCulture)]}]");
            foreach (var message in messages)
            {
                moved.Add(onRow, message);
            }
        }
        return moved;
    }
}
