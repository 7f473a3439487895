using System.Text.Json;
using OrderFlow.Core.Invoicing;

namespace OrderFlow.Tests.Invoicing;

public class DocumentNumberTests
{
    [Theory]
    [InlineData("INV-2026-000001", DocumentType.Invoice, 2026, 1)]
    [InlineData("CN-2025-123456", DocumentType.CreditNote, 2025, 123456)]
    [InlineData("INV-2026-1234567", DocumentType.Invoice, 2026, 1234567)]
    public void TryParse_WellFormed_TypeYearAndSequence(string text, DocumentType type, int year, long sequence)
    {
        Assert.True(DocumentNumber.TryParse(text, out var number));
        Assert.Equal(new DocumentNumber(type, year, sequence), number);
        Assert.Equal(text, number.ToString());
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("INV-26-000001")]
    [InlineData("inv-2026-000001")]
    [InlineData("DN-2026-000001")]
    [InlineData("INV-2026-0001")]
    [InlineData("INV-2026-000001 ")]
    public void TryParse_Malformed_False(string? text) => Assert.False(DocumentNumber.TryParse(text, out _));

    [Fact]
    public void Json_PlainString_ReadsBackAndRefusesAMalformedOne()
    {
        var number = DocumentNumber.Parse("CN-2026-000042");

        Assert.Equal("\"CN-2026-000042\"", JsonSerializer.Serialize(number));
        Assert.Equal(number, JsonSerializer.Deserialize<DocumentNumber>("\"CN-2026-000042\""));
        Assert.Null(JsonSerializer.Deserialize<DocumentNumber?>("null"));
        Assert.Throws<JsonException>(() => JsonSerializer.Deserialize<DocumentNumber>("\"INV-1\""));
    }
}
