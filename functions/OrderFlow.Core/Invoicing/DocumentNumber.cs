using System.Globalization;
using System.Text.Json.Serialization;
using System.Text.RegularExpressions;
using OrderFlow.Core.Common;

namespace OrderFlow.Core.Invoicing;

/// <summary>
/// A number in a gap-free yearly series: INV-2026-000001 for invoices, CN-2026-000001 for credit notes. The invoice
/// number type of the order and its ledger; a plain string in JSON.
/// </summary>
[JsonConverter(typeof(StringKeyJsonConverter<DocumentNumber>))]
public readonly partial record struct DocumentNumber(DocumentType Type, int Year, long Sequence) : IStringKey<DocumentNumber>
{
    public static string Rule => "An invoice or credit note number is INV- or CN-, the year and a sequence of at least 6 digits: INV-2026-000001.";

    public string Value => ToString();

    public string Prefix => PrefixOf(Type);

    public static string PrefixOf(DocumentType type) => type == DocumentType.Invoice ? "INV" : "CN";

    public static bool TryParse(string? text, out DocumentNumber number)
    {
        number = default;
        var match = text is null ? Match.Empty : Pattern().Match(text);
        if (!match.Success)
        {
            return false;
        }
        var type = match.Groups["prefix"].Value == "INV" ? DocumentType.Invoice : DocumentType.CreditNote;
        number = new DocumentNumber(
            type,
            int.Parse(match.Groups["year"].Value, CultureInfo.InvariantCulture),
            long.Parse(match.Groups["sequence"].Value, CultureInfo.InvariantCulture));
        return true;
    }

    public static DocumentNumber Parse(string text) =>
        TryParse(text, out var number) ? number : throw new FormatException($"'{text}' is not an invoice or credit note number.");

    public override string ToString() => $"{Prefix}-{Year:0000}-{Sequence:000000}";

    [GeneratedRegex("^(?<prefix>INV|CN)-(?<year>[0-9]{4})-(?<sequence>[0-9]{6,12})\\z")]
    private static partial Regex Pattern();
}
