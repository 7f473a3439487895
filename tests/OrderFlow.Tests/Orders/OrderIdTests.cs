using System.Text.Json;
using OrderFlow.Core.Orders;

namespace OrderFlow.Tests.Orders;

public class OrderIdTests
{
    [Fact]
    public void From_SameSourceShopAndExternalId_SameValidId()
    {
        var id = OrderIds.From("shopify", "Shop.example", "1001");

        Assert.Equal(id, OrderIds.From("shopify", "shop.example", "1001"));
        Assert.True(OrderId.TryParse(id.Value, out var parsed));
        Assert.Equal(id, parsed);
        Assert.StartsWith("shopify-", id.Value, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("o/1")]
    [InlineData("o?1")]
    public void TryParse_NotAKey_RefusedAndParseThrows(string? text)
    {
        Assert.False(OrderId.TryParse(text, out _));
        Assert.Throws<FormatException>(() => OrderId.Parse(text!));
    }

    [Fact]
    public void Json_PlainString_ReadsBackAndRefusesAnInvalidOne()
    {
        var id = OrderId.Parse("api-0123456789abcdef0123");

        Assert.Equal("\"api-0123456789abcdef0123\"", JsonSerializer.Serialize(id));
        Assert.Equal(id, JsonSerializer.Deserialize<OrderId>("\"api-0123456789abcdef0123\""));
        Assert.Throws<JsonException>(() => JsonSerializer.Deserialize<OrderId>("\"a b\""));
    }
}
