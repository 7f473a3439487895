using Azure.Data.Tables;

namespace OrderFlow.Core.Storage;

/// <summary>
/// A text too long for one table column (64 KiB, UTF-16: 32,768 characters) spread over "Name", "Name2", … "NameN",
/// with "NameParts" saying how many are current, so a merge that writes fewer parts than before leaves the extra
/// ones unread. A row holds 1 MiB in all, which bounds the text at <see cref="MostParts"/> parts.
/// </summary>
public sealed class SplitTextColumn(string name)
{
    const int PartLength = 30_000;
    public const int MostParts = 16;

    readonly string partsColumn = name + "Parts";

    /// <summary>Every column the text may occupy, for a query's select.</summary>
    public IReadOnlyList<string> Columns => [partsColumn, .. Enumerable.Range(1, MostParts).Select(PartColumn)];

    public void Write(TableEntity entity, string text)
    {
        var parts = text.Chunk(PartLength).Select(chars => new string(chars)).DefaultIfEmpty("").ToList();
        if (parts.Count > MostParts)
        {
            throw new InvalidOperationException($"{name} is {text.Length} characters long, over the {PartLength * MostParts} a row can hold.");
        }
        for (var i = 0; i < parts.Count; i++)
        {
            entity[PartColumn(i + 1)] = parts[i];
        }
        entity[partsColumn] = parts.Count;
    }

    /// <summary>The text; a row written before the text was split has the one column and no count.</summary>
    public string Read(TableEntity entity) =>
        string.Concat(Enumerable.Range(1, entity.GetInt32(partsColumn) is { } count and > 0 ? count : 1).Select(i => entity.GetString(PartColumn(i))));

    string PartColumn(int part) => part == 1 ? name : name + part;
}
