using OrderFlow.Core.Orders.Channels;

namespace OrderFlow.Tests.Orders.Channels;

public class ShopListTests
{
    [Theory]
    [InlineData("ceramics.myshopify.com")]
    [InlineData(" Ceramics.MyShopify.com ")]
    [InlineData("https://kaffee-laden.example.com/")]
    [InlineData("https://kaffee-laden.example.com")]
    public void Contains_AShopOnTheListAsAChannelNamesIt_True(string shop) =>
        Assert.True(ShopList.Parse("ceramics.myshopify.com, https://kaffee-laden.example.com/").Contains(shop));

    [Theory]
    [InlineData("other.myshopify.com")]
    [InlineData("ceramics.myshopify.com.evil.example")]
    [InlineData("")]
    [InlineData(null)]
    public void Contains_AnyOtherShop_False(string? shop) =>
        Assert.False(ShopList.Parse("ceramics.myshopify.com,,").Contains(shop));

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData(" , ,")]
    public void Parse_NoShopNamed_Empty(string? setting) => Assert.True(ShopList.Parse(setting).IsEmpty);
}
