using System.Text.Json;
using OrderFlow.Core.Common;

namespace OrderFlow.Tests.Common;

public class MoneyJsonTests
{
    static readonly JsonSerializerOptions Web = new(JsonSerializerDefaults.Web);

    [Fact]
    public void Serialize_MinorUnitsAndCurrencyCode_ReadsBackTheSameAmount()
    {
        var money = new Money(123_456_789_012, Currency.Parse("KWD"));

        var json = JsonSerializer.Serialize(money, Web);

        Assert.Equal("""{"minor":123456789012,"currency":"KWD"}""", json);
        Assert.Equal(money, JsonSerializer.Deserialize<Money>(json, Web));
    }

    [Fact]
    public void Serialize_NullableMoney_NullStaysNull() =>
        Assert.Null(JsonSerializer.Deserialize<Money?>(JsonSerializer.Serialize((Money?)null, Web), Web));

    [Theory]
    [InlineData("""{"minor":100}""")]
    [InlineData("""{"minor":100,"currency":"eur"}""")]
    [InlineData("""{"currency":"EUR"}""")]
    [InlineData("\"1.00\"")]
    public void Deserialize_WithoutAmountOrCurrency_Refused(string json) =>
        Assert.Throws<JsonException>(() => JsonSerializer.Deserialize<Money>(json, Web));

    [Fact]
    public void Currency_IsItsCodeOnTheWire() =>
        Assert.Equal(("\"JPY\"", 0), (JsonSerializer.Serialize(Currency.Parse("JPY")), JsonSerializer.Deserialize<Currency>("\"JPY\"").Exponent));
}
