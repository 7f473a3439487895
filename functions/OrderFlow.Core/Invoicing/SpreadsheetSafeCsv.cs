using System.Globalization;
using CsvHelper;

namespace OrderFlow.Core.Invoicing;

/// <summary>
/// CSV that finance opens in a spreadsheet: a text cell starting with =, +, -, @, tab or CR would run there as a
/// formula (CSV injection), so CsvHelper escapes it with a leading ' (and quotes it). Columns of numbers are written as
/// numbers, untouched: a credit note's -4.90 must stay a number a spreadsheet can add up.
/// </summary>
static class SpreadsheetSafeCsv
{
    public static readonly CsvWriterOptions Options = CsvWriterOptions.Default with { Injection = CsvInjection.Escape };

    /// <summary>For each column of <paramref name="header"/>, whether it holds numbers.</summary>
    public static bool[] NumberColumns(string[] header, params string[] numbers) => [.. header.Select(numbers.Contains)];

    public static async Task WriteRecordAsync(CsvWriter csv, string?[] row, bool[] isNumber, CancellationToken cancellationToken)
    {
        for (var i = 0; i < row.Length; i++)
        {
            if (isNumber[i])
            {
                // Decimal keeps the text's scale, so "4.90" is written "4.90".
                csv.WriteField(decimal.Parse(row[i]!, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture), []);
            }
            else
            {
                csv.WriteField(row[i]);
            }
        }
        await csv.EndRecordAsync(cancellationToken);
    }
}
