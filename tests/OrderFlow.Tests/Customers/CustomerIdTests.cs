using System.Text.Json;
using OrderFlow.Core.Customers;

namespace OrderFlow.Tests.Customers;

public class CustomerIdTests
{
    [Theory]
    [InlineData("c-1")]
    [InlineData("ACME_gmbh.2")]
    public void TryParse_KeyCharacters_KeepsTheText(string text)
    {
        Assert.True(CustomerId.TryParse(text, out var id));
        Assert.Equal(text, id.Value);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("c/1")]
    [InlineData("c 1")]
    [InlineData("c#1")]
    public void TryParse_NotAKey_RefusedAndParseThrows(string? text)
    {
        Assert.False(CustomerId.TryParse(text, out _));
        Assert.Throws<FormatException>(() => CustomerId.Parse(text!));
    }

    [Fact]
    public void TryParse_65Characters_Refused() => Assert.False(CustomerId.TryParse(new string('c', 65), out _));

    [Fact]
    public void Json_PlainStringAsValueAndDictionaryKey_ReadsBack()
    {
        var id = CustomerId.Parse("c-1");
        var byId = new Dictionary<CustomerId, int> { [id] = 2 };

        Assert.Equal(("\"c-1\"", """{"c-1":2}"""), (JsonSerializer.Serialize(id), JsonSerializer.Serialize(byId)));
        Assert.Equal(id, JsonSerializer.Deserialize<CustomerId>("\"c-1\""));
        Assert.Equal(byId, JsonSerializer.Deserialize<Dictionary<CustomerId, int>>("""{"c-1":2}"""));
    }

    [Fact]
    public void Json_InvalidText_DoesNotRead() => Assert.Throws<JsonException>(() => JsonSerializer.Deserialize<CustomerId>("\"c/1\""));
}
