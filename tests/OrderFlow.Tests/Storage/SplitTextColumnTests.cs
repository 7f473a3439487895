using Azure.Data.Tables;
using OrderFlow.Core.Storage;

namespace OrderFlow.Tests.Storage;

public class SplitTextColumnTests
{
    readonly SplitTextColumn document = new("Document");

    [Fact]
    public void LongText_SpreadOverColumnsUnderAzuresLimit_AndReadBackWhole()
    {
        var text = string.Concat(Enumerable.Range(0, 20_000).Select(i => $"{i},"));
        var entity = new TableEntity("p", "r");

        document.Write(entity, text);

        Assert.Equal(text, document.Read(entity));
        Assert.Equal(4, entity.GetInt32("DocumentParts"));
        Assert.All(entity.Where(c => c.Key.StartsWith("Document", StringComparison.Ordinal) && c.Value is string), c => Assert.True(((string)c.Value).Length <= 32 * 1024));
    }

    [Fact]
    public void ShorterTextMergedOverALongerOne_ReadsOnlyItsOwnParts()
    {
        var entity = new TableEntity("p", "r");
        document.Write(entity, new string('a', 70_000));

        // A merge writes the new columns over the old row and leaves the extra part behind.
        document.Write(entity, "short");

        Assert.Equal("short", document.Read(entity));
        Assert.True(entity.ContainsKey("Document3"));
    }

    [Fact]
    public void RowWrittenBeforeSplitting_OneColumnNoCount_ReadsAsItIs()
    {
        var entity = new TableEntity("p", "r") { ["Document"] = "{\"old\":true}" };

        Assert.Equal("{\"old\":true}", document.Read(entity));
    }

    [Fact]
    public void TextOverWhatARowHolds_Refused()
    {
        var entity = new TableEntity("p", "r");

        Assert.Throws<InvalidOperationException>(() => document.Write(entity, new string('x', 30_000 * SplitTextColumn.MostParts + 1)));
    }
}
