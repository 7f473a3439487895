using System.Text.Json;
using OrderFlow.Core.Common;
using OrderFlow.Core.Orders.Intake;
using OrderFlow.Core.Products;

namespace OrderFlow.Tests.Products;

public class SkuTests
{
    [Theory]
    [InlineData("CUP-1")]
    [InlineData("mug_2.large")]
    public void TryParse_KeyCharacters_KeepsTheText(string text)
    {
        Assert.True(Sku.TryParse(text, out var sku));
        Assert.Equal(text, sku.Value);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("CUP 1")]
    [InlineData("CUP/1")]
    [InlineData("CUP#1")]
    [InlineData("CUP-1\n")]
    public void TryParse_NotAKey_RefusedAndParseThrows(string? text)
    {
        Assert.False(Sku.TryParse(text, out _));
        Assert.Throws<FormatException>(() => Sku.Parse(text!));
    }

    [Fact]
    public void TryParse_65Characters_Refused() => Assert.False(Sku.TryParse(new string('S', 65), out _));

    [Fact]
    public void ProductInput_BadSku_RefusedWithTheSkuFieldText()
    {
        var errors = new FieldErrors();

        var product = new ProductInput("Cup", true, "0.19", [new MoneyDto("EUR", "24.50")]).Validate("CUP/1", errors);

        Assert.Null(product);
        Assert.Equal(["A SKU is 1–64 letters, digits, '.', '_' or '-'."], errors.ToDictionary()["sku"]);
    }

    [Fact]
    public void CanonicalOrderChecks_BadSku_RefusedWithTheLineFieldText()
    {
        var order = new CanonicalOrder(
            "PO-1", "c-1", null, "EUR", [new CanonicalLine("CUP 1", 1, null)], new PostalAddress("Hauptstraße 1", null, "Berlin", "10115", null, "DE"), "0", true);

        var errors = CanonicalOrderChecks.Check(order).ToDictionary();

        Assert.Equal(["A SKU of 1–64 letters, digits, '.', '_' or '-' is required."], errors["lines[0].sku"]);
    }

    [Fact]
    public void Json_PlainStringAsValueAndDictionaryKey_ReadsBack()
    {
        var sku = Sku.Parse("CUP-1");
        var bySku = new Dictionary<Sku, int> { [sku] = 2 };

        Assert.Equal(("\"CUP-1\"", """{"CUP-1":2}"""), (JsonSerializer.Serialize(sku), JsonSerializer.Serialize(bySku)));
        Assert.Equal(sku, JsonSerializer.Deserialize<Sku>("\"CUP-1\""));
        Assert.Equal(bySku, JsonSerializer.Deserialize<Dictionary<Sku, int>>("""{"CUP-1":2}"""));
    }

    [Fact]
    public void Json_InvalidText_DoesNotRead() => Assert.Throws<JsonException>(() => JsonSerializer.Deserialize<Sku>("\"CUP 1\""));
}
