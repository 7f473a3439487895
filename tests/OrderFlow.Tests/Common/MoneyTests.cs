using OrderFlow.Core.Common;

namespace OrderFlow.Tests.Common;

public class MoneyTests
{
    static readonly Currency Eur = Currency.Parse("EUR");

    [Theory]
    [InlineData("24.50", 2450)]
    [InlineData("100000000.00", Money.MaxMinor)]
    [InlineData("-100000000", -Money.MaxMinor)]
    public void TryParse_WithinRange_ReadsMinorUnits(string text, long minor)
    {
        Assert.True(Money.TryParse(text, Eur, out var money));
        Assert.Equal(minor, money.Minor);
    }

    [Theory]
    [InlineData("100000000.01")]
    [InlineData("1000000000000000000000000000")]
    [InlineData("79228162514264337593543950335")]
    [InlineData("24.505")]
    [InlineData("1e3")]
    public void TryParse_BeyondRangeOrPrecision_Refused(string text) =>
        Assert.False(Money.TryParse(text, Eur, out _));

    // Found by generated inputs: decimal keeps 28 significant digits, so the 1 past them was rounded away and read as 1.00.
    [Theory]
    [InlineData("1.00000000000000000000000000001")]
    [InlineData("97732.00000000000000000000000000000000000000001")]
    public void TryParse_NonZeroDigitPastDecimalPrecision_Refused(string text) =>
        Assert.False(Money.TryParse(text, Eur, out _));

    [Fact]
    public void TryParse_TrailingZerosPastTheCurrencysDecimals_Read()
    {
        Assert.True(Money.TryParse("1.500000000000000000000000000000000", Eur, out var money));
        Assert.Equal(150, money.Minor);
    }

    [Fact]
    public void LargestPossibleOrder_TotalsDoNotOverflow()
    {
        var line = new Money(Money.MaxMinor, Eur) * 100_000;
        var lines = Enumerable.Repeat(line, 500).Aggregate((a, b) => a + b);

        var gross = lines + lines.ApplyRate(0.99m) + new Money(Money.MaxMinor, Eur);

        Assert.Equal(995_000_010_000_000_000, gross.Minor);
    }

    [Fact]
    public void RequiredMessage_NamesTheLargestAmount() =>
        Assert.Equal("A non-negative decimal string with at most 2 decimals, up to 100000000.00, is required.", Money.RequiredMessage(Eur));
}
