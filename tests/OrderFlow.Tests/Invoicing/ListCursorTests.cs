using System.Text;
using OrderFlow.Core.Invoicing;

namespace OrderFlow.Tests.Invoicing;

public class ListCursorTests
{
    [Fact]
    public void ToToken_ParsedBack_SameCursor()
    {
        var cursor = new ListCursor("date|2026-03-01T10:15:00.1234567Z|INV-2026-000042");

        Assert.True(ListCursor.TryParse(cursor.ToToken(), out var parsed));
        Assert.Equal((cursor, 2026), (parsed, parsed.Year));
        Assert.DoesNotContain('=', cursor.ToToken());
    }

    [Theory]
    [InlineData("garbage")]
    [InlineData("")]
    [InlineData("v2|date|2026-03-01T10:15:00.1234567Z|INV-2026-000042")]
    [InlineData("v1|date|2026-03-01|INV-2026-000042")]
    [InlineData("v1|date|2026-03-01T10:15:00.1234567Z|nope")]
    [InlineData("v1|invoice|INV-2026-000042")]
    public void TryParse_NotATokenWeIssued_False(string text)
    {
        var token = text.StartsWith('v') ? Convert.ToBase64String(Encoding.UTF8.GetBytes(text)) : text;

        Assert.False(ListCursor.TryParse(token, out _));
    }
}
